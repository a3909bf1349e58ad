import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A file's new bytes, complete and flushed to disk in a temporary file beside it, waiting to
/// replace it (`commit`) or to be thrown away (`discard`). A device or pipe (`/dev/null`) has
/// nothing to replace: its bytes are kept and written straight to it on `commit`.
struct StagedFile: Sendable {
    /// The file to replace.
    let path: String
    /// The temporary file holding the new bytes; nil when `path` is a device or pipe.
    let temporary: String?
    /// The bytes for a device or pipe, written on `commit`.
    private let streamed: Data?

    /// Writes `data` to a new temporary file beside `path` and flushes it to disk.
    /// - Throws: `Diagnostic` naming `path`; the temporary file is then already removed.
    init(_ data: Data, for path: String, writeChunk: (FileHandle, Data) throws -> Void) throws {
        self.path = path
        if AtomicFile.isStream(path) {
            (temporary, streamed) = (nil, data)
            return
        }
        let (temporary, handle) = try AtomicFile.temporaryFile(beside: path)
        (self.temporary, streamed) = (temporary, nil)
        do {
            try Self.write(data, to: handle, writeChunk: writeChunk)
            guard fsync(handle.fileDescriptor) == 0 else { throw CocoaError(.fileWriteUnknown) }
            try handle.close()
        } catch {
            try? handle.close()
            discard()
            throw Self.failure(error, path: path)
        }
    }

    private static func write(_ data: Data, to handle: FileHandle,
                              writeChunk: (FileHandle, Data) throws -> Void) throws {
        var offset = data.startIndex
        while offset < data.endIndex {
            let end = data.index(offset, offsetBy: AtomicFile.chunkSize, limitedBy: data.endIndex) ?? data.endIndex
            try writeChunk(handle, data[offset..<end])
            offset = end
        }
    }

    /// Moves the new bytes into place (or writes them to the device or pipe).
    /// - Throws: `Diagnostic` naming `path`; the temporary file is then removed.
    func commit() throws {
        guard let temporary else { return try writeStream() }
        guard rename(temporary, path) == 0 else {
            discard()
            throw Self.failure(CocoaError(.fileWriteUnknown), path: path)
        }
    }

    /// Removes the temporary file, leaving `path` as it was.
    func discard() {
        if let temporary { unlink(temporary) }
    }

    private func writeStream() throws {
        do {
            guard let handle = try AtomicFile.stream(at: path) else { throw CocoaError(.fileWriteUnknown) }
            try Self.write(streamed ?? Data(), to: handle, writeChunk: AtomicFile.writeFully)
            try handle.close()
        } catch let diagnostic as Diagnostic {
            throw diagnostic
        } catch {
            throw Self.failure(error, path: path)
        }
    }

    private static func failure(_ error: Error, path: String) -> Diagnostic {
        Diagnostic(.fileUnreadable, "cannot write here (\(error.localizedDescription)); "
                   + "any earlier file is unchanged", file: path)
    }
}
