import Foundation

/// The fragments of the controls written last (`ControlFragments`), shared by every thread: a
/// portfolio's lines all have the controls of one checklist, so after the first line each line
/// reads them here once, under a lock taken once a line.
final class ControlFragmentsCache: @unchecked Sendable {
    /// The cache the JSON writer uses.
    static let shared = ControlFragmentsCache()

    private let lock = NSLock()
    private var latest: ControlFragments?

    /// The fragments kept, if any.
    var current: ControlFragments? { lock.withLock { latest } }

    /// Keeps `fragments` in place of those kept before.
    func keep(_ fragments: ControlFragments?) { lock.withLock { latest = fragments } }
}
