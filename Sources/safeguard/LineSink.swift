import AuditKit
import Foundation

/// Where a streamed run's lines go: stdout, or a temporary file beside `-o` that replaces the
/// target only when the run finishes cleanly and the file is flushed to disk, so an interrupted
/// run never leaves half a file. A device or pipe given to `-o` (`/dev/null`) is written to
/// directly.
///
/// Into a file, lines go through an `UncachedFileWriter`, which bypasses the page cache where
/// the file system allows it: 10,000 portfolio lines (690 MB) took 1.1–2.4 s of system CPU
/// through the page cache, more than a fifth of the run's CPU.
final class LineSink {
    private let target: String?
    private let temporary: String?
    private let handle: FileHandle
    /// The temporary file's writer; nil for stdout, a device or a pipe.
    private let file: UncachedFileWriter?
    private var buffer = Data()

    init(path: String?) throws {
        target = path
        guard let path else {
            (temporary, handle, file) = (nil, FileHandle.standardOutput, nil)
            return
        }
        if let stream = try AtomicFile.stream(at: path) {
            (temporary, handle, file) = (nil, stream, nil)
            return
        }
        (temporary, handle) = try AtomicFile.temporaryFile(beside: path)
        file = UncachedFileWriter(descriptor: handle.fileDescriptor)
    }

    /// Queues a line of UTF-8 bytes. A file's writer writes it a MiB at a time; stdout, a
    /// device or a pipe gets it in 1 MiB blocks too, but a line of 64 KiB or more (a full
    /// result is about 70 KiB) is written there as it is, after what is queued, rather than
    /// copied into the queue first.
    func write(bytes line: JSONBytes) throws {
        try line.withUnsafeBytes { try write(bytes: $0) }
    }

    /// Queues the bytes of one line, as above.
    /// - Throws: `Diagnostic` naming the target (or stdout) when a write fails.
    func write(bytes line: UnsafeRawBufferPointer) throws {
        try reportingFailure {
            if let file { return try file.append(line) }
            guard line.count < 1 << 16 else {
                try flush()
                return try AtomicFile.writeFully(handle.fileDescriptor, line)
            }
            buffer.append(contentsOf: line)
            if buffer.count >= 1 << 20 { try flush() }
        }
    }

    /// Flushes, and with `-o` either moves the file into place (`keep`) or removes it.
    /// - Throws: `Diagnostic` naming the target (or stdout) when a write fails (the disk is
    ///   full); with `-o`, the temporary file is then removed and the target left as it was.
    func finish(keep: Bool) throws {
        guard let temporary, let target else {
            return try reportingFailure {
                try flush()
                if target != nil { try handle.close() }
            }
        }
        var failure: (any Error)?
        do {
            // Complete and on disk before it replaces the target.
            if keep { try flush() }
            if keep, fsync(handle.fileDescriptor) != 0 { throw WriteProblem.current() }
        } catch { failure = error }
        do { try handle.close() } catch { failure = failure ?? error }
        defer { TemporaryFiles.finished(temporary) }
        if keep, failure == nil {
            if rename(temporary, target) == 0 { return }
            failure = WriteProblem.current()
        }
        try? FileManager.default.removeItem(atPath: temporary)
        if keep, let failure { throw WriteProblem.diagnostic(failure, path: target) }
    }

    /// `body`'s result; a write error it throws becomes a `Diagnostic` naming where it went.
    private func reportingFailure<T>(_ body: () throws -> T) throws -> T {
        do {
            return try body()
        } catch let diagnostic as Diagnostic {
            throw diagnostic
        } catch {
            throw target.map { WriteProblem.diagnostic(error, path: $0, streamed: temporary == nil) }
                ?? Terminal.stdoutProblem(error)
        }
    }

    private func flush() throws {
        if let file { return try file.finish() }
        guard !buffer.isEmpty else { return }
        try handle.write(contentsOf: buffer)
        buffer.removeAll(keepingCapacity: true)
    }
}
