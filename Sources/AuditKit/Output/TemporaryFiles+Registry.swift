import Foundation

extension TemporaryFiles {
    /// The paths of the temporary files still open, behind a lock; once closed (the process is
    /// ending), it takes no more.
    final class Registry: @unchecked Sendable {
        private let lock = NSLock()
        private var open: Set<String> = []
        private var isClosed = false

        /// Adds `path`; false when the registry is closed.
        func add(_ path: String) -> Bool {
            lock.withLock {
                guard !isClosed else { return false }
                open.insert(path)
                return true
            }
        }

        func remove(_ path: String) {
            lock.withLock { _ = open.remove(path) }
        }

        var paths: Set<String> { lock.withLock { open } }

        /// Closes the registry and returns what it held.
        func close() -> Set<String> {
            lock.withLock {
                isClosed = true
                return open
            }
        }
    }
}
