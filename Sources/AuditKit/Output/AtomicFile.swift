import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Writes files so that a reader sees the old file or the whole new one, never half of it: the
/// bytes go to a temporary file in the same folder, are flushed to disk, and replace the target
/// with one `rename`. If anything fails on the way, the temporary file is removed and the old
/// file is left as it was.
public enum AtomicFile {
    /// How many bytes are written per call.
    static let chunkSize = 64 * 1024

    /// How many files are written before their flushes are waited for, and so open at once.
    static let flushedTogether = 16

    /// Writes `data` to `path`.
    /// - Parameter writeChunk: writes one chunk (tests inject a failure here).
    /// - Throws: `Diagnostic` naming `path` when the file cannot be written.
    public static func write(_ data: Data, to path: String,
                             writeChunk: (FileHandle, Data) throws -> Void = writeFully) throws {
        try write([(path, data)], writeChunk: writeChunk)
    }

    /// Writes every file of `files`, each as `write(_:to:)` would. No file is replaced until
    /// every one is complete on disk; they are then renamed into place in order.
    ///
    /// The files are written `flushedTogether` at a time, each asking the system to start
    /// writing it to disk, and their flushes are then waited for in turn: by the first wait
    /// the disk has them all, and the file system commits them together. On the 2-core VM of
    /// `docs/performance-history.md` this took as long as flushing on a thread per file, without the
    /// threads.
    /// - Throws: the `Diagnostic` of the first file, in order, that could not be written; every
    ///   temporary file is then removed and no target replaced. A rename that fails (the folder
    ///   vanished under the run) leaves the files before it replaced.
    public static func write(_ files: [(path: String, data: Data)]) throws {
        try write(files, writeChunk: writeFully)
    }

    private static func write(_ files: [(path: String, data: Data)],
                              writeChunk: (FileHandle, Data) throws -> Void) throws {
        var staged: [StagedFile] = []
        staged.reserveCapacity(files.count)
        do {
            for start in stride(from: 0, to: files.count, by: flushedTogether) {
                let batch = start..<min(start + flushedTogether, files.count)
                for file in files[batch] {
                    staged.append(try StagedFile(file.data, for: file.path, writeChunk: writeChunk))
                }
                for index in batch { try staged[index].flush() }
            }
        } catch {
            staged.forEach { $0.discard() }
            throw error
        }
        for (index, file) in staged.enumerated() {
            do {
                try file.commit()
            } catch {
                staged[(index + 1)...].forEach { $0.discard() }
                throw error
            }
        }
    }

    /// Writes `chunk` in full to `handle`'s file descriptor.
    /// - Throws: `POSIXError` when the file system refuses a write.
    public static func writeFully(_ handle: FileHandle, _ chunk: Data) throws {
        try chunk.withUnsafeBytes { try writeFully(handle.fileDescriptor, $0) }
    }

    /// Writes `bytes` in full to the file descriptor `descriptor`.
    /// - Throws: `POSIXError` when the file system refuses a write.
    public static func writeFully(_ descriptor: Int32, _ bytes: UnsafeRawBufferPointer) throws {
        var offset = 0
        while offset < bytes.count {
            let written = systemWrite(descriptor, bytes.baseAddress.map { $0 + offset }, bytes.count - offset)
            if written < 0 && errno == EINTR { continue }
            guard written > 0 else { throw written == 0 ? POSIXError(.ENOSPC) : WriteProblem.current() }
            offset += written
        }
    }

    /// Asks the system to start writing `count` bytes from `offset` of the file at `descriptor`
    /// to disk now, without waiting for it, and says they will not be read back: a long run's
    /// output is then mostly on disk by the time its final flush waits. On Linux this is
    /// `posix_fadvise(POSIX_FADV_DONTNEED)`, which starts the writeback of dirty pages; where
    /// there is no such call it does nothing, and the final flush does all the writing.
    public static func startWriteback(_ descriptor: Int32, offset: Int, count: Int) {
        #if os(Linux)
        _ = posix_fadvise(descriptor, off_t(offset), off_t(count), POSIX_FADV_DONTNEED)
        #endif
    }

    /// `path` opened for writing when it names a device, pipe or socket (`/dev/null`,
    /// `/dev/stdout`, a named pipe): there is no file to replace there, and renaming a
    /// temporary file over it would put a regular file in the device's place. Nil for a
    /// regular file, a folder or a path that does not exist yet.
    /// - Throws: `Diagnostic` naming `path` when the stream cannot be opened.
    public static func stream(at path: String) throws -> FileHandle? {
        guard isStream(path) else { return nil }
        let descriptor = open(path, O_WRONLY | O_CLOEXEC)
        guard descriptor >= 0 else { throw WriteProblem.diagnostic(WriteProblem.current(), path: path, streamed: true) }
        return FileHandle(fileDescriptor: descriptor, closeOnDealloc: true)
    }

    /// Whether `path` names an existing device, pipe or socket rather than a regular file or
    /// folder.
    static func isStream(_ path: String) -> Bool {
        var info = stat()
        guard stat(path, &info) == 0 else { return false }
        let type = info.st_mode & S_IFMT
        return type != S_IFREG && type != S_IFDIR
    }

    /// A new, empty hidden file in `path`'s folder, to be renamed over `path` once complete:
    /// the rename is atomic because both names are on the same file system. It is noted in
    /// `TemporaryFiles` until `TemporaryFiles.finished` says it is gone.
    /// - Throws: `Diagnostic` naming `path` when the folder cannot be written.
    public static func temporaryFile(beside path: String) throws -> (path: String, handle: FileHandle) {
        let slash = path.lastIndex(of: "/")
        let folder = slash.map { String(path[...$0]) } ?? ""
        let name = slash.map { String(path[path.index(after: $0)...]) } ?? path
        var random = SystemRandomNumberGenerator()
        let tag = String(random.next() as UInt64, radix: 16)
        let temporary = "\(folder).\(name).\(tag).tmp"
        // Noted before it exists: a signal between `open` and the note would leave the file
        // behind (a test caught one). Unlinking a name not yet made is harmless.
        TemporaryFiles.created(temporary)
        let descriptor = open(temporary, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o666)
        guard descriptor >= 0 else {
            let problem = WriteProblem.current()
            TemporaryFiles.finished(temporary)
            throw WriteProblem.diagnostic(problem, path: path)
        }
        return (temporary, FileHandle(fileDescriptor: descriptor, closeOnDealloc: true))
    }
}

#if canImport(Glibc)
private let systemWrite = Glibc.write
#elseif canImport(Darwin)
private let systemWrite = Darwin.write
#endif
