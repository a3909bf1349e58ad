import Foundation
import Testing
@testable import AuditKit

/// `Parallel` runs independent work on every core and hands results back in order.
@Suite struct ParallelTests {
    @Test func mapKeepsTheIndexOrder() {
        #expect(Parallel.map(1_000) { $0 * $0 } == (0..<1_000).map { $0 * $0 })
        #expect(Parallel.map(50, serial: true) { "\($0)" } == (0..<50).map { "\($0)" })
        #expect(Parallel.map(0) { $0 }.isEmpty)
    }

    @Test func blockingKeepsTheIndexOrderOnBoundedThreads() {
        let running = Gauge()
        let results = Parallel.blocking(100, width: 4) { index in
            running.enter()
            defer { running.leave() }
            usleep(500)  // long enough that pieces on threads of their own would overlap
            return index * 3
        }
        #expect(results == (0..<100).map { $0 * 3 })
        #expect(running.peak <= 4, "100 pieces share 4 threads, not one thread each")
        #expect(running.peak >= 2)
        #expect(Parallel.blocking(1) { $0 + 7 } == [7])
        #expect(Parallel.blocking(0) { $0 }.isEmpty)
    }

    @Test func blockingRunsPiecesAtOnce() {
        // Every piece waits until all 8 have started: run fewer at once, they would never
        // finish (the wait is bounded so a failure cannot hang the suite).
        let arrived = DispatchGroup()
        (0..<8).forEach { _ in arrived.enter() }
        let sawAll = Parallel.blocking(8, width: 8) { _ in
            arrived.leave()
            return arrived.wait(timeout: .now() + 10) == .success
        }
        #expect(sawAll == Array(repeating: true, count: 8))
    }
}

/// How many pieces run at once, and the most that ever did.
private final class Gauge: @unchecked Sendable {
    private var (now, most) = (0, 0)
    private let lock = NSLock()

    func enter() { lock.withLock { now += 1; most = max(most, now) } }
    func leave() { lock.withLock { now -= 1 } }
    var peak: Int { lock.withLock { most } }
}
