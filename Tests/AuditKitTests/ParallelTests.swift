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
}
