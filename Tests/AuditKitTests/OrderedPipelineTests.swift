import Foundation
import Testing
@testable import AuditKit

/// An ordered pipeline works on every index once, on threads of its own, never more than its
/// window ahead of the caller, and hands results on in index order.
@Suite struct OrderedPipelineTests {
    struct Refused: Error {}

    @Test(arguments: [(count: 1, threads: 2, window: 1, batch: 1), (200, 2, 1, 16), (200, 3, 5, 2),
                      (200, 2, 128, 16), (37, 8, 4, 100), (500, 4, 16, 16)])
    func handsEveryResultOnInIndexOrderWithinTheWindow(count: Int, threads: Int, window: Int, batch: Int) {
        let ledger = Ledger()
        var handed: [Int] = []
        OrderedPipeline.run(count: count, threads: threads, window: window, batch: batch, work: { index in
            ledger.started(index)
            if index % 7 == 0 { usleep(200) }  // uneven work, so later indices finish first
            return index * index
        }, emit: { index, output in
            #expect(output == index * index)
            handed.append(index)
            ledger.handedOn(index)
        })
        #expect(handed == Array(0..<count))
        #expect(ledger.startedIndices == Array(0..<count), "each index worked on once")
        // The caller records a result just after the pipeline counts it handed on, so a thread
        // can be seen one index further ahead than the window lets it be.
        #expect(ledger.mostAhead <= window + 1, "never more than the window taken and not handed on")
        #expect(!ledger.threads.contains(UInt(pthread_self())), "not on the caller's thread")
        #expect(ledger.threads.count <= min(threads, count))
    }

    @Test func aCallerThatWaitsHoldsTheThreadsAtTheWindow() {
        let ledger = Ledger()
        var seenWhileWaiting = 0
        OrderedPipeline.run(count: 100, threads: 2, window: 6, batch: 1, work: { index in
            ledger.started(index)
            return index
        }, emit: { index, _ in
            guard index == 0 else { return }
            usleep(50_000)  // results 1...6 are taken meanwhile, and no more
            seenWhileWaiting = ledger.startedIndices.count
        })
        #expect(seenWhileWaiting <= 7)
        #expect(ledger.startedIndices == Array(0..<100))
    }

    @Test func usesEveryThreadWhenTheWorkWaits() {
        // Each piece waits until 4 have started: on fewer threads they would never all start
        // (the wait is bounded so a failure cannot hang the suite).
        let arrived = DispatchGroup()
        (0..<4).forEach { _ in arrived.enter() }
        var results: [Bool] = []
        OrderedPipeline.run(count: 4, threads: 4, window: 4, batch: 4, work: { _ in
            arrived.leave()
            return arrived.wait(timeout: .now() + 10) == .success
        }, emit: { results.append($1) })
        #expect(results == [true, true, true, true])
    }

    @Test func aThrowingEmitStopsTakingWorkAndWaitsForWhatRuns() throws {
        let ledger = Ledger()
        var handed = 0
        #expect(throws: Refused.self) {
            try OrderedPipeline.run(count: 1_000, threads: 2, window: 8, batch: 2, work: { index in
                ledger.started(index)
                usleep(100)
                ledger.finished()
                return index
            }, emit: { index, _ in
                handed += 1
                ledger.handedOn(index)
                if index == 20 { throw Refused() }
            })
        }
        #expect(handed == 21)
        let started = ledger.startedIndices.count
        #expect(started <= 21 + 8, "nothing taken past the window after the throw")
        #expect(ledger.finishedCount == started, "every piece begun was done before the run returned")
        usleep(20_000)
        #expect(ledger.startedIndices.count == started, "no piece begun after the run returned")
    }

    @Test func nothingToDoEmitsNothing() {
        var emitted = 0
        OrderedPipeline.run(count: 0, threads: 2, window: 4, work: { $0 }, emit: { _, _ in emitted += 1 })
        #expect(emitted == 0)
    }
}

/// What the pipeline's threads did, recorded under a lock.
private final class Ledger: @unchecked Sendable {
    private let lock = NSLock()
    private var started: [Int] = []
    private var done = 0
    private var handed = 0
    private var ahead = 0
    private var threadIDs: Set<UInt> = []

    func started(_ index: Int) {
        lock.withLock {
            started.append(index)
            threadIDs.insert(UInt(pthread_self()))
            ahead = max(ahead, index + 1 - handed)
        }
    }

    func finished() { lock.withLock { done += 1 } }
    func handedOn(_ index: Int) { lock.withLock { handed = index + 1 } }
    var startedIndices: [Int] { lock.withLock { started.sorted() } }
    var finishedCount: Int { lock.withLock { done } }
    var mostAhead: Int { lock.withLock { ahead } }
    var threads: Set<UInt> { lock.withLock { threadIDs } }
}
