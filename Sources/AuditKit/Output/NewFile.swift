import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A file that must not exist yet, created with its permissions from the start: a private key
/// is never readable by others, not even between its creation and a `chmod`, and a file that
/// appeared in the meantime is never replaced (`O_EXCL`).
public enum NewFile {
    /// Writes `data` to a new file at `path` with permissions `mode` (less the umask), flushed
    /// to disk.
    /// - Throws: `Diagnostic` naming `path` when it exists or cannot be written; a file left
    ///   part-written is removed.
    public static func write(_ data: Data, to path: String, mode: mode_t) throws {
        let descriptor = open(path, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, mode)
        guard descriptor >= 0 else {
            let error = WriteProblem.current()
            if error.code == .EEXIST { throw Diagnostic(.fileUnreadable, "already exists; it is never overwritten", file: path) }
            throw WriteProblem.diagnostic(error, path: path)
        }
        var failure: (any Error)?
        do {
            try data.withUnsafeBytes { try AtomicFile.writeFully(descriptor, $0) }
            if fsync(descriptor) != 0 { throw WriteProblem.current() }
        } catch { failure = error }
        if close(descriptor) != 0 { failure = failure ?? WriteProblem.current() }
        guard let failure else { return }
        unlink(path)
        throw WriteProblem.diagnostic(failure, path: path)
    }
}
