import AuditKit
import Foundation

/// Where a streamed run's lines go: stdout, or a temporary file beside `-o` that replaces the
/// target only when the run finishes cleanly and the file is flushed to disk, so an interrupted
/// run never leaves half a file. A device or pipe given to `-o` (`/dev/null`) is written to
/// directly.
///
/// Into a file, what has been written is handed to the disk every `writebackStride` bytes as
/// the run goes on (`AtomicFile.startWriteback`), so the flush before the rename waits for the
/// last few MiB only: 10,000 portfolio lines (690 MB) waited 0.29 s there before, 0.004 s after,
/// and the run took 8 % less wall time.
final class LineSink {
    /// How many bytes are written between hand-overs to the disk.
    static let writebackStride = 8 << 20

    private let target: String?
    private let temporary: String?
    private let handle: FileHandle
    private var buffer = Data()
    /// Bytes written to the file so far, and how many of them were handed to the disk.
    private var (written, handedOn) = (0, 0)

    init(path: String?) throws {
        target = path
        guard let path else {
            (temporary, handle) = (nil, FileHandle.standardOutput)
            return
        }
        if let stream = try AtomicFile.stream(at: path) {
            (temporary, handle) = (nil, stream)
            return
        }
        (temporary, handle) = try AtomicFile.temporaryFile(beside: path)
    }

    /// Queues a line of UTF-8 bytes; output is flushed in 1 MiB blocks. A line of 64 KiB or
    /// more (a full result is about 70 KiB) is written as it is, after what is queued, rather
    /// than copied into the queue first.
    func write(bytes line: [UInt8]) throws {
        guard line.count < 1 << 16 else {
            try flush()
            try line.withUnsafeBytes { try AtomicFile.writeFully(handle.fileDescriptor, $0) }
            return wrote(line.count)
        }
        buffer.append(contentsOf: line)
        if buffer.count >= 1 << 20 { try flush() }
    }

    /// Flushes, and with `-o` either moves the file into place (`keep`) or removes it.
    func finish(keep: Bool) throws {
        try flush()
        guard let temporary, let target else {
            if target != nil { try handle.close() }
            return
        }
        let flushed = keep && fsync(handle.fileDescriptor) == 0  // on disk before it replaces the target
        try handle.close()
        if flushed, rename(temporary, target) == 0 { return }
        try? FileManager.default.removeItem(atPath: temporary)
        if keep { throw Diagnostic(.fileUnreadable, "cannot write here", file: target) }
    }

    /// Counts `count` bytes written, and hands them to the disk once a stride has gathered.
    private func wrote(_ count: Int) {
        written += count
        guard temporary != nil, written - handedOn >= Self.writebackStride else { return }
        AtomicFile.startWriteback(handle.fileDescriptor, offset: handedOn, count: written - handedOn)
        handedOn = written
    }

    private func flush() throws {
        guard !buffer.isEmpty else { return }
        try handle.write(contentsOf: buffer)
        wrote(buffer.count)
        buffer.removeAll(keepingCapacity: true)
    }
}
