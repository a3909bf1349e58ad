import Foundation

/// Runs a piece of work for each index of `0..<count` on threads of its own, each thread taking
/// the next index as soon as it is done with one, and hands the results to the calling thread
/// in index order, a few at a time, while the threads go on.
///
/// At most `window` results are taken and not yet handed on, so memory stays flat however many
/// there are. A batch used to be audited a chunk of 64 at a time (`concurrentPerform`), and
/// every chunk ended with a core waiting for the other's last manifest and then for the next
/// chunk to be handed over; without those waits, a portfolio run takes 5–12 % less time
/// (`docs/performance-history.md`). The threads are the run's own, not a pool's: on pool threads that
/// came and went, each new thread took a `malloc` arena of its own, and every arena kept a
/// chunk's worth of freed lines, so peak memory grew with the run (46 → 57 MiB from 2,000 to
/// 12,000 manifests).
final class OrderedPipeline<Output: Sendable>: @unchecked Sendable {
    private let count: Int
    private let window: Int
    private let batch: Int
    private let work: @Sendable (Int) -> Output
    private let condition = NSCondition()
    /// Results taken and not yet handed on, each at its index modulo `window`.
    private var slots: [Output?]
    private var taken = 0
    private var handedOn = 0
    private var stopped = false
    private var running = 0
    private var threadsWaiting = 0
    /// Set while the caller waits: it is woken once every index below this one is done.
    private var callerWaitsUntil: Int?

    private init(count: Int, window: Int, batch: Int, work: @escaping @Sendable (Int) -> Output) {
        (self.count, self.window, self.work) = (count, max(window, 1), work)
        self.batch = min(max(batch, 1), self.window)
        slots = Array(repeating: nil, count: self.window)
    }

    /// `work` for each index of `0..<count` on `threads` threads of their own, and `emit` with
    /// each result on the calling thread, in index order: once the next `batch` results (or
    /// all that are left) are done, or straight on while they are. When `emit` throws, no
    /// index is taken after that; the run returns (rethrowing) once the threads have finished
    /// the work they had.
    static func run(count: Int, threads: Int, window: Int, batch: Int = 16,
                    work: @escaping @Sendable (Int) -> Output,
                    emit: (Int, Output) throws -> Void) rethrows {
        guard count > 0 else { return }
        let pipeline = OrderedPipeline(count: count, window: window, batch: batch, work: work)
        pipeline.start(threads: min(max(threads, 1), count))
        defer { pipeline.stopAndJoin() }
        for index in 0..<count { try emit(index, pipeline.result(at: index)) }
    }

    private func start(threads: Int) {
        running = threads
        for _ in 0..<threads { Thread.detachNewThread { [self] in loop() } }
    }

    private func loop() {
        while let index = nextIndex() { store(work(index), at: index) }
        condition.withLock {
            running -= 1
            condition.broadcast()
        }
    }

    /// The next index to work on, once it is within the window; nil when there is none.
    private func nextIndex() -> Int? {
        condition.withLock {
            while !stopped && taken < count && taken - handedOn >= window {
                threadsWaiting += 1
                condition.wait()
                threadsWaiting -= 1
            }
            guard !stopped, taken < count else { return nil }
            defer { taken += 1 }
            return taken
        }
    }

    private func store(_ output: Output, at index: Int) {
        condition.withLock {
            slots[index % window] = output
            if let until = callerWaitsUntil, (handedOn..<until).allSatisfy({ slots[$0 % window] != nil }) {
                condition.broadcast()
            }
        }
    }

    /// The result at `index` (the one after the last handed on), waiting for it and for the
    /// batch it starts when it is not done yet.
    private func result(at index: Int) -> Output {
        condition.withLock {
            while true {
                if let output = slots[index % window].take() {
                    handedOn = index + 1
                    if threadsWaiting > 0 { condition.broadcast() }
                    return output
                }
                let until = min(index + batch, count)
                callerWaitsUntil = until
                while !(index..<until).allSatisfy({ slots[$0 % window] != nil }) { condition.wait() }
                callerWaitsUntil = nil
            }
        }
    }

    private func stopAndJoin() {
        condition.withLock {
            stopped = true
            condition.broadcast()
            while running > 0 { condition.wait() }
        }
    }
}
