import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A file's new bytes in a temporary file beside it, on their way to disk (`flush`), then
/// replacing it (`commit`) or thrown away (`discard`). A device or pipe (`/dev/null`) has
/// nothing to replace: its bytes are kept and written straight to it on `commit`.
struct StagedFile {
    /// The file to replace.
    let path: String
    /// The temporary file holding the new bytes; nil when `path` is a device or pipe.
    let temporary: String?
    /// The bytes for a device or pipe, written on `commit`.
    private let streamed: Data?
    /// The temporary file, open until `flush` has waited for its bytes to reach the disk.
    private var handle: FileHandle?

    /// Writes `data` to a new temporary file beside `path` and has the system start writing
    /// it to disk, without waiting: several files' writes then overlap before their flushes.
    /// - Throws: `Diagnostic` naming `path`; the temporary file is then already removed.
    init(_ data: Data, for path: String, writeChunk: (FileHandle, Data) throws -> Void) throws {
        self.path = path
        if AtomicFile.isStream(path) {
            (temporary, streamed, handle) = (nil, data, nil)
            return
        }
        let (temporary, handle) = try AtomicFile.temporaryFile(beside: path)
        (self.temporary, streamed, self.handle) = (temporary, nil, handle)
        do {
            try Self.write(data, to: handle, writeChunk: writeChunk)
            AtomicFile.startWriteback(handle.fileDescriptor, offset: 0, count: data.count)
        } catch {
            discard()
            throw WriteProblem.diagnostic(error, path: path)
        }
    }

    /// Waits until the new bytes are on disk (`fsync`), and closes the temporary file.
    /// - Throws: `Diagnostic` naming `path`; the temporary file is then left for `discard`.
    mutating func flush() throws {
        guard let handle else { return }
        self.handle = nil
        guard fsync(handle.fileDescriptor) == 0 else {
            let error = WriteProblem.current()
            try? handle.close()
            throw WriteProblem.diagnostic(error, path: path)
        }
        // A failed close has released the descriptor all the same: it is not closed again.
        do { try handle.close() } catch { throw WriteProblem.diagnostic(error, path: path) }
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

    /// Moves the new bytes, flushed, into place (or writes them to the device or pipe).
    /// - Throws: `Diagnostic` naming `path`; the temporary file is then removed.
    func commit() throws {
        guard let temporary else { return try writeStream() }
        guard rename(temporary, path) == 0 else {
            let error = WriteProblem.current()
            discard()
            throw WriteProblem.diagnostic(error, path: path)
        }
        TemporaryFiles.finished(temporary)
    }

    /// Closes and removes the temporary file, leaving `path` as it was.
    func discard() {
        try? handle?.close()
        if let temporary {
            unlink(temporary)
            TemporaryFiles.finished(temporary)
        }
    }

    private func writeStream() throws {
        do {
            guard let handle = try AtomicFile.stream(at: path) else { throw POSIXError(.ENODEV) }
            try Self.write(streamed ?? Data(), to: handle, writeChunk: AtomicFile.writeFully)
            try handle.close()
        } catch let diagnostic as Diagnostic {
            throw diagnostic
        } catch {
            throw WriteProblem.diagnostic(error, path: path, streamed: true)
        }
    }
}
