import Foundation
import Testing
@testable import AuditKit

/// Numbers in reasons and reports: whole numbers take a fast path that must write what the
/// formatter writes.
@Suite struct NumberFormattingTests {
    @Test(arguments: [
        (4_200_000.0, "4200000"), (0.0, "0"), (-0.0, "0"), (-12.0, "-12"), (0.5, "0.5"),
        (0.95, "0.95"), (1.0 / 3.0, "0.333333"), (2.0000004, "2"), (1e20, "100000000000000000000"),
        (-2.5, "-2.5"),
    ])
    func sixDigits(_ value: Double, _ text: String) {
        #expect(value.formatted(maxFractionDigits: 6) == text)
    }

    @Test func wholeNumbersMatchTheFormatter() {
        for value in [1.0, 7, 90, 365, 1_000_000, -3, 9_007_199_254_740_991] {
            #expect(value.formatted(maxFractionDigits: 6) == String(format: "%.6f", value)
                .replacingOccurrences(of: ".000000", with: ""))
        }
    }
}
