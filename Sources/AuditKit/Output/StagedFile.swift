import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A file's new bytes, complete and flushed to disk in a temporary file beside it, waiting to
/// replace it (`commit`) or to be thrown away (`discard`).
struct StagedFile: Sendable {
    /// The file to replace.
    let path: String
    /// The temporary file holding the new bytes.
    let temporary: String

    /// Writes `data` to a new temporary file beside `path` and flushes it to disk.
    /// - Throws: `Diagnostic` naming `path`; the temporary file is then already removed.
    init(_ data: Data, for path: String, writeChunk: (FileHandle, Data) throws -> Void) throws {
        let (temporary, handle) = try AtomicFile.temporaryFile(beside: path)
        (self.path, self.temporary) = (path, temporary)
        do {
            var offset = data.startIndex
            while offset < data.endIndex {
                let end = data.index(offset, offsetBy: AtomicFile.chunkSize, limitedBy: data.endIndex) ?? data.endIndex
                try writeChunk(handle, data[offset..<end])
                offset = end
            }
            guard fsync(handle.fileDescriptor) == 0 else { throw CocoaError(.fileWriteUnknown) }
            try handle.close()
        } catch {
            try? handle.close()
            discard()
            throw Self.failure(error, path: path)
        }
    }

    /// Moves the new bytes into place.
    /// - Throws: `Diagnostic` naming `path`; the temporary file is then removed.
    func commit() throws {
        guard rename(temporary, path) == 0 else {
            discard()
            throw Self.failure(CocoaError(.fileWriteUnknown), path: path)
        }
    }

    /// Removes the temporary file, leaving `path` as it was.
    func discard() {
        unlink(temporary)
    }

    private static func failure(_ error: Error, path: String) -> Diagnostic {
        Diagnostic(.fileUnreadable, "cannot write here (\(error.localizedDescription)); "
                   + "any earlier file is unchanged", file: path)
    }
}
