import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Appends bytes to a file that is written once and not read back — a portfolio's hundreds of
/// MB of lines — without passing them through the page cache where the system allows it.
///
/// On Linux the file is switched to direct I/O (`O_DIRECT`) and written a block-aligned MiB at a
/// time, so the disk reads the bytes from this writer's own buffer. Written through the page
/// cache, the kernel copies, accounts for and writes back every page: 640 MiB took 1.9 s of
/// system CPU there against 0.05 s direct, on the 2-core VM of `docs/performance-history.md`. Where the
/// file system refuses direct I/O (tmpfs, some network file systems), and on other systems,
/// the bytes go through the page cache, and each 8 MiB is handed to the disk as the run goes
/// (`AtomicFile.startWriteback`), so the final flush waits for the last few MiB only.
public final class UncachedFileWriter {
    /// Bytes gathered before each write: a multiple of every block size direct I/O asks for.
    public static let blockSize = 1 << 20
    /// Bytes written through the page cache between hand-overs to the disk.
    static let writebackStride = 8 << 20

    private let descriptor: Int32
    private let directWrite: (Int32, UnsafeRawBufferPointer) -> Int
    private let block: UnsafeMutableRawBufferPointer
    private var filled = 0
    /// Bytes written to the file so far, and how many of them were handed to the disk (when
    /// they went through the page cache).
    private var (written, handedOn) = (0, 0)
    /// Whether writes bypass the page cache; false once the file system has refused them.
    public private(set) var isUncached: Bool

    /// A writer appending to the regular file open for writing at `descriptor`, which stays
    /// the caller's to flush and close.
    /// - Parameter uncached: try direct I/O (tests turn it off to cover the page-cache path).
    public convenience init(descriptor: Int32, uncached: Bool = true) {
        self.init(descriptor: descriptor, uncached: uncached, directWrite: Self.writeDirect)
    }

    /// - Parameter directWrite: writes a block with direct I/O and says how many bytes it
    ///   wrote (tests make it refuse, or stop part-way).
    init(descriptor: Int32, uncached: Bool,
         directWrite: @escaping (Int32, UnsafeRawBufferPointer) -> Int) {
        self.descriptor = descriptor
        self.directWrite = directWrite
        block = .allocate(byteCount: Self.blockSize, alignment: 4096)
        isUncached = uncached && Self.setDirect(descriptor, true)
    }

    deinit { block.deallocate() }

    /// Appends `bytes`; a full block is written as it fills.
    /// - Throws: `POSIXError` when the file system refuses a write.
    public func append(_ bytes: UnsafeRawBufferPointer) throws {
        guard let source = bytes.baseAddress, let target = block.baseAddress else { return }
        var offset = 0
        while offset < bytes.count {
            let taken = min(Self.blockSize - filled, bytes.count - offset)
            (target + filled).copyMemory(from: source + offset, byteCount: taken)
            (filled, offset) = (filled + taken, offset + taken)
            if filled == Self.blockSize { try writeBlock() }
        }
    }

    /// Writes what is gathered (the last, partial block through the page cache, since direct
    /// I/O writes whole blocks only). The file then holds every byte appended; flushing it to
    /// disk is the caller's.
    /// - Throws: `POSIXError` when the file system refuses a write.
    public func finish() throws {
        guard filled > 0 else { return }
        if isUncached {
            guard Self.setDirect(descriptor, false) else { throw WriteProblem.current() }
            isUncached = false
        }
        try writeBlock()
    }

    private func writeBlock() throws {
        var bytes = UnsafeRawBufferPointer(rebasing: block[..<filled])
        (filled, written) = (0, written + bytes.count)
        if isUncached {
            let done = directWrite(descriptor, bytes)
            if done == bytes.count { return }
            try stopDirect()
            bytes = UnsafeRawBufferPointer(rebasing: bytes[done...])
        }
        try AtomicFile.writeFully(descriptor, bytes)
        guard written - handedOn >= Self.writebackStride else { return }
        AtomicFile.startWriteback(descriptor, offset: handedOn, count: written - handedOn)
        handedOn = written
    }

    /// Turns direct I/O off for the rest of the file.
    private func stopDirect() throws {
        guard Self.setDirect(descriptor, false) else { throw WriteProblem.current() }
        isUncached = false
    }

    /// How many of `bytes` one direct write wrote: all of them, or fewer when the file system
    /// refused (`EINVAL`, where it takes no direct I/O) or the disk is full; the caller writes
    /// the rest through the page cache, which reports a failure that lasts.
    static func writeDirect(_ descriptor: Int32, _ bytes: UnsafeRawBufferPointer) -> Int {
        while true {
            let count = systemWrite(descriptor, bytes.baseAddress, bytes.count)
            if count < 0 && errno == EINTR { continue }
            return max(count, 0)
        }
    }

    /// Turns direct I/O on or off for the file at `descriptor`; false where there is none, or
    /// the file system refuses it.
    private static func setDirect(_ descriptor: Int32, _ on: Bool) -> Bool {
        guard let flag = directFlag else { return false }
        let flags = fcntl(descriptor, F_GETFL)
        guard flags >= 0 else { return false }
        return fcntl(descriptor, F_SETFL, on ? flags | flag : flags & ~flag) == 0
    }

    /// `O_DIRECT`, which the Glibc module does not export (it is a GNU extension), by its value
    /// on each architecture; nil where the writer does not use it.
    private static let directFlag: Int32? = {
        #if os(Linux) && arch(x86_64)
        0o40000
        #elseif os(Linux) && arch(arm64)
        0o200000
        #else
        nil
        #endif
    }()

    #if canImport(Glibc)
    private static let systemWrite = Glibc.write
    #elseif canImport(Darwin)
    private static let systemWrite = Darwin.write
    #endif
}
