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

    @Test func pairReturnsBothResultsInTheirPlaces() {
        let (first, second) = Parallel.pair({ "here" }, { (1...100).reduce(0, +) })
        #expect(first == "here")
        #expect(second == 5_050)
    }

    @Test func pairRunsTheSecondWhileTheFirstRuns() {
        // The first waits for a signal only the second sends: run one after the other, they
        // would never finish; the wait is bounded so a failure cannot hang the suite.
        let started = DispatchSemaphore(value: 0)
        let (sawSecond, _) = Parallel.pair({ started.wait(timeout: .now() + 10) == .success },
                                           { started.signal() })
        #expect(sawSecond)
    }
}
