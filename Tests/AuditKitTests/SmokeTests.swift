import Testing
@testable import AuditKit

@Test func wilsonLowerBoundOfTwentyOutOfTwenty() {
    #expect(abs(Wilson.lowerBound(successes: 20, trials: 20) - 0.8389) < 0.0001)
}
