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

    /// What `formatted` did before its fast paths: the formatter, trimmed.
    static func reference(_ value: Double, _ digits: Int) -> String {
        var text = String(format: "%.\(digits)f", value)
        if text.contains(".") {
            while text.hasSuffix("0") { text.removeLast() }
            if text.hasSuffix(".") { text.removeLast() }
        }
        return text == "-0" ? "0" : text
    }

    /// Fractions of every size, short and long, near rounding boundaries and on them, and past
    /// the bound (a product of 1e12) where rounding by integers gives way to the formatter.
    @Test(arguments: [1, 2, 6])
    func fractionsMatchTheFormatter(_ digits: Int) {
        var generator = SplitMix(seed: 42)
        var values: [Double] = [0.995, 0.5, -0.25, 0.0000005, 0.0000015, 0.1 + 0.2, 99.95, 1e-7,
                                -1e-7, 999_999_999.5, 1e9 + 0.25, 8_589_934_592.000001, 0.05, 12.3456785,
                                // near and exact ties, for rounding by integers
                                0.15, 0.25, 0.35, 2.675, 95.75, 95.65, -0.05, -0.04, 0.0000004999,
                                99.95 * 100, 0.9571 * 100, 1.0000005, 123.4567895, 5e11 + 0.5]
        // exact ties at one, two and six places (quarters, eighths, 2^-7), which round to even
        for index in -2_000...2_000 {
            values += [Double(index) / 4, Double(index) / 8, Double(index) / 128 / 1_000_000 * 1_000_000,
                       Double(index) * 0.000_000_5]
        }
        for _ in 0..<20_000 {
            let magnitude = Double.random(in: -8...12, using: &generator)
            let value = Double.random(in: -1...1, using: &generator) * pow(10, magnitude)
            values.append(value)
            // short decimals, the kind manifests hold, and percentages
            values.append((value * 1000).rounded() / 1000)
            values.append((value * 10_000).rounded() / 100)
        }
        for value in values {
            #expect(value.formatted(maxFractionDigits: digits) == Self.reference(value, digits),
                    "\(value) to \(digits) places")
        }
    }

    @Test func wholeNumbersMatchTheFormatter() {
        for value in [1.0, 7, 90, 365, 1_000_000, -3, 9_007_199_254_740_991] {
            #expect(value.formatted(maxFractionDigits: 6) == String(format: "%.6f", value)
                .replacingOccurrences(of: ".000000", with: ""))
        }
    }
}

/// A seeded generator, so the values are the same on every run.
struct SplitMix: RandomNumberGenerator {
    var state: UInt64
    init(seed: UInt64) { state = seed }
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}
