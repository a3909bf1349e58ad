import Foundation

/// snake_case names by key, computed once per process: `JSONEncoder` converts every key again
/// each time it is written.
final class SnakeCaseKeyCache: @unchecked Sendable {
    /// The cache all encoders share.
    static let shared = SnakeCaseKeyCache()

    /// Keys beyond this many are converted without being remembered, so keys made from data
    /// cannot grow the cache without bound.
    let capacity: Int
    private let lock = NSLock()
    private var names: [String: String] = [:]

    /// Creates an empty cache.
    init(capacity: Int = 4096) { self.capacity = capacity }

    /// `key` in snake_case, as `JSONEncoder.KeyEncodingStrategy.convertToSnakeCase` writes it.
    func name(for key: String) -> String {
        if SnakeCase.isUnchanged(key) { return key }
        lock.lock()
        let cached = names[key]
        lock.unlock()
        if let cached { return cached }
        let name = SnakeCase.convert(key)
        lock.lock()
        if names.count < capacity { names[key] = name }
        lock.unlock()
        return name
    }
}
