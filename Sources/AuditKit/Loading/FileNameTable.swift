import Foundation

/// The interned file names of the process (`FileName`): their entries packed into blocks that
/// are never freed, found through an open-addressing table of entry addresses, behind a lock.
final class FileNameTable: @unchecked Sendable {
    /// The process's table.
    static let shared = FileNameTable()

    private let lock = NSLock()
    /// Entry addresses, a power of two of them, nil where free; never more than half full.
    private var slots: UnsafeMutableBufferPointer<UnsafeRawPointer?>
    private var count = 0
    /// The block being filled: where its free space starts, and how much is left.
    private var free: UnsafeMutableRawPointer?
    private var room = 0
    /// The entry found or made last: files are read one location after another.
    private var last: UnsafeRawPointer?

    private static let blockSize = 256 << 10

    private init(capacity: Int = 1024) {
        slots = .allocate(capacity: capacity)
        slots.initialize(repeating: nil)
    }

    /// The entry whose bytes are `bytes`, made if there is none yet.
    func entry(for bytes: UnsafeBufferPointer<UInt8>) -> UnsafeRawPointer {
        lock.lock()
        defer { lock.unlock() }
        if let last, Self.holds(last, bytes) { return last }
        var index = Self.hash(bytes) & (slots.count - 1)
        while let entry = slots[index] {
            if Self.holds(entry, bytes) {
                last = entry
                return entry
            }
            index = (index + 1) & (slots.count - 1)
        }
        let entry = store(bytes)
        slots[index] = entry
        count += 1
        if count * 2 > slots.count { grow() }
        last = entry
        return entry
    }

    /// Whether `entry` holds exactly `bytes`.
    private static func holds(_ entry: UnsafeRawPointer, _ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        let held = FileName(entry: entry).utf8
        guard held.count == bytes.count else { return false }
        return bytes.isEmpty
            || memcmp(held.baseAddress.unsafelyUnwrapped, bytes.baseAddress.unsafelyUnwrapped, bytes.count) == 0
    }

    private static func hash(_ bytes: UnsafeBufferPointer<UInt8>) -> Int {
        var hasher = Hasher()
        hasher.combine(bytes: UnsafeRawBufferPointer(bytes))
        return hasher.finalize()
    }

    /// A new entry for `bytes`, in the current block (or a new one, or one of its own when the
    /// name is longer than a block).
    private func store(_ bytes: UnsafeBufferPointer<UInt8>) -> UnsafeRawPointer {
        let size = (MemoryLayout<Int>.size + bytes.count + 7) & ~7
        if size > room {
            let blockSize = max(Self.blockSize, size)
            free = .allocate(byteCount: blockSize, alignment: 8)
            room = blockSize
        }
        let entry = free.unsafelyUnwrapped
        entry.storeBytes(of: bytes.count, as: Int.self)
        if let base = bytes.baseAddress { (entry + MemoryLayout<Int>.size).copyMemory(from: base, byteCount: bytes.count) }
        free = entry + size
        room -= size
        return UnsafeRawPointer(entry)
    }

    /// Twice as many slots, every entry placed again.
    private func grow() {
        let old = slots
        slots = .allocate(capacity: old.count * 2)
        slots.initialize(repeating: nil)
        for case let entry? in old {
            var index = Self.hash(FileName(entry: entry).utf8) & (slots.count - 1)
            while slots[index] != nil { index = (index + 1) & (slots.count - 1) }
            slots[index] = entry
        }
        old.deallocate()
    }
}
