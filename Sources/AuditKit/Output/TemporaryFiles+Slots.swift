import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

extension TemporaryFiles {
    /// Paths a signal handler can read: a fixed number of slots, each a NUL-terminated path in
    /// memory set aside once, and a flag per slot that says it holds a file now. Writers take a
    /// lock; the handler takes none, and reads a slot only while its flag is set, which is
    /// written after the path and cleared before the slot is reused.
    ///
    /// A path too long for a slot, or one past the last free slot, is not noted: an interrupted
    /// run then leaves that file, as every run did before. There are slots for 4,096 files at
    /// once (a report folder of 500 deployments in every format holds 3,500 until the last is
    /// renamed); their 16 MiB of memory is only reserved, and a page is used once a path is in it.
    final class Slots: @unchecked Sendable {
        /// Set once by `removeWhenInterrupted()`, before the handler is installed.
        nonisolated(unsafe) static var shared: Slots?

        static let count = 4096
        static let pathCapacity = Int(PATH_MAX)

        private let lock = NSLock()
        private let text = UnsafeMutablePointer<CChar>.allocate(capacity: count * pathCapacity)
        private let inUse = UnsafeMutablePointer<Int32>.allocate(capacity: count)
        /// Which path each slot holds, for the writers.
        private var held: [String: Int] = [:]
        /// The slots free now, the lowest last.
        private var free: [Int] = Array((0..<count).reversed())

        init() {
            // The paths' memory is left untouched: a slot is read only once a path is in it.
            inUse.initialize(repeating: 0, count: Self.count)
        }

        func add(_ path: String) {
            let bytes = Array(path.utf8CString)
            guard bytes.count <= Self.pathCapacity else { return }
            lock.withLock {
                guard held[path] == nil, let slot = free.popLast() else { return }
                let start = text + slot * Self.pathCapacity
                let copied = bytes.withUnsafeBufferPointer { buffer in buffer.baseAddress.map { strcpy(start, $0) } }
                guard copied != nil else { return free.append(slot) }
                inUse[slot] = 1  // after the path: `strcpy` is a call the store cannot move before
                held[path] = slot
            }
        }

        func remove(_ path: String) {
            lock.withLock {
                guard let slot = held.removeValue(forKey: path) else { return }
                inUse[slot] = 0
                free.append(slot)
            }
        }

        var noted: Set<String> {
            lock.withLock { Set(held.keys) }
        }

        /// Unlinks every noted file; called from the signal handler, so it allocates nothing
        /// and takes no lock.
        func unlinkAll() {
            for slot in 0..<Self.count where inUse[slot] != 0 {
                unlink(text + slot * Self.pathCapacity)
            }
        }
    }
}
