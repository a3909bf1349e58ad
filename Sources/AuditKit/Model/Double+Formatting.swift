import Foundation

extension Double {
    /// A stable, locale-independent rendering with at most `digits` fraction digits and no
    /// trailing zeros: 0.5 → "0.5", 2.0 → "2".
    func formatted(maxFractionDigits digits: Int) -> String {
        // Whole numbers (most claims and counts) need no formatter: "%.6f" then trimming gives
        // the integer's own digits, and "0" for -0.
        if rounded() == self, abs(self) < 9_007_199_254_740_992 { return String(Int(self)) }
        // Rounding by integers is exact wherever it applies: up to six places, below 1e12.
        if let rounded = roundedText(maxFractionDigits: digits) { return rounded }
        var text = String(format: "%.\(digits)f", self)
        if text.contains(".") {
            while text.hasSuffix("0") { text.removeLast() }
            if text.hasSuffix(".") { text.removeLast() }
        }
        return text == "-0" ? "0" : text
    }

    /// The value rounded to `digits` places by integer arithmetic, as `%.*f` rounds it: the
    /// exact product `x × 10^digits` rounded to the nearest whole number, an exact half to the
    /// even one. Below 1e12 the product's Double (`scaled`) and its rounding error (`error`, from
    /// a fused multiply-add, exact) are that product; the fraction `scaled − whole` is exact and
    /// a multiple of the product's spacing, which is larger than the error, so the fraction
    /// decides unless it is exactly one half, and then the error's sign does. Percentages (95.71
    /// → "95.7", and ties such as 99.75) take this path.
    private func roundedText(maxFractionDigits digits: Int) -> String? {
        guard digits <= 6 else { return nil }
        let scale = Self.powersOfTen[digits]
        let scaled = self * scale
        guard abs(scaled) < 1e12 else { return nil }
        let error = (-scaled).addingProduct(self, scale)
        let whole = scaled.rounded(.down)
        let fraction = scaled - whole
        let roundsUp = fraction != 0.5 ? fraction > 0.5
            : error != 0 ? error > 0 : whole.truncatingRemainder(dividingBy: 2) != 0
        let units = Int64(roundsUp ? whole + 1 : whole)
        var magnitude = units.magnitude
        var places = digits
        while places > 0, magnitude % 10 == 0 {
            magnitude /= 10
            places -= 1
        }
        return Self.decimal(magnitude, places: places, negative: units < 0 && magnitude != 0)
    }

    /// `magnitude` / 10^`places` in decimal, with a leading "0" before the point and "-" when
    /// `negative`: the digits are written from the right into one small buffer (a percentage
    /// went through four strings).
    private static func decimal(_ magnitude: UInt64, places: Int, negative: Bool) -> String {
        withUnsafeTemporaryAllocation(of: UInt8.self, capacity: 48) { buffer in
            var start = buffer.count
            var rest = magnitude
            var written = 0
            repeat {
                if written == places, places > 0 {
                    start -= 1
                    buffer[start] = UInt8(ascii: ".")
                }
                start -= 1
                buffer[start] = UInt8(ascii: "0") + UInt8(rest % 10)
                rest /= 10
                written += 1
            } while rest > 0 || written <= places
            if negative {
                start -= 1
                buffer[start] = UInt8(ascii: "-")
            }
            return String(decoding: UnsafeMutableBufferPointer(rebasing: buffer[start...]), as: UTF8.self)
        }
    }

    private static let powersOfTen: [Double] = [1, 10, 100, 1_000, 10_000, 100_000, 1_000_000]

    /// A percentage with one decimal: 0.9951 → "99.5%".
    var percentText: String { (self * 100).formatted(maxFractionDigits: 1) + "%" }
}
