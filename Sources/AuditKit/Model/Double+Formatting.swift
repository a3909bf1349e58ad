import Foundation

extension Double {
    /// A stable, locale-independent rendering with at most `digits` fraction digits and no
    /// trailing zeros: 0.5 → "0.5", 2.0 → "2".
    func formatted(maxFractionDigits digits: Int) -> String {
        // Whole numbers (most claims and counts) need no formatter: "%.6f" then trimming gives
        // the integer's own digits, and "0" for -0.
        if rounded() == self, abs(self) < 9_007_199_254_740_992 { return String(Int(self)) }
        var text = String(format: "%.\(digits)f", self)
        if text.contains(".") {
            while text.hasSuffix("0") { text.removeLast() }
            if text.hasSuffix(".") { text.removeLast() }
        }
        return text == "-0" ? "0" : text
    }

    /// A percentage with one decimal: 0.9951 → "99.5%".
    var percentText: String { (self * 100).formatted(maxFractionDigits: 1) + "%" }
}
