import Foundation

/// A file's name, kept once per process: a location names its file through one of these, held
/// unretained, so copying a location retains nothing. An audit copies its ≈ 700 node locations
/// into ≈ 400 reasons and through the combinators, and on two cores every retain and release of
/// the name's string was an atomic operation.
///
/// Names are never freed, so a location can outlive every file and result. A run keeps one
/// name for every distinct file it meets (a portfolio's manifests, the checklists, the
/// evidence files): ≈ 100 bytes each, as much as the run's list of paths.
final class FileName: Sendable {
    /// The name, exactly as given.
    let text: String

    private init(_ text: String) { self.text = text }

    /// The one name whose text has the same bytes as `text`. Names are told apart by their
    /// bytes, not by Unicode canonical equivalence: `é` composed and decomposed are two files.
    static func interned(_ text: String) -> FileName {
        table.withLock { state in
            if let last = state.last, sameBytes(last.text, text) { return last }
            let key = Key(text: text)
            let name = state.names[key] ?? FileName(text)
            state.names[key] = name
            state.last = name
            return name
        }
    }

    /// Whether the two texts are the same bytes.
    private static func sameBytes(_ left: String, _ right: String) -> Bool {
        var (left, right) = (left, right)
        guard left.utf8.count == right.utf8.count else { return false }
        return left.withUTF8 { lhs in
            right.withUTF8 { rhs in
                lhs.isEmpty || memcmp(lhs.baseAddress.unsafelyUnwrapped, rhs.baseAddress.unsafelyUnwrapped, lhs.count) == 0
            }
        }
    }

    private struct State {
        var names: [Key: FileName] = [:]
        /// The name interned last: files are read one location after another.
        var last: FileName?
    }

    /// A name's text, equal and hashed by its bytes.
    private struct Key: Hashable {
        let text: String

        static func == (lhs: Key, rhs: Key) -> Bool { sameBytes(lhs.text, rhs.text) }

        func hash(into hasher: inout Hasher) {
            var bytes = text
            bytes.withUTF8 { hasher.combine(bytes: UnsafeRawBufferPointer($0)) }
        }
    }

    private static let table = Table()

    /// The names interned so far, behind a lock.
    private final class Table: @unchecked Sendable {
        private var state = State()
        private let lock = NSLock()

        func withLock<Result>(_ body: (inout State) -> Result) -> Result {
            lock.lock()
            defer { lock.unlock() }
            return body(&state)
        }
    }
}
