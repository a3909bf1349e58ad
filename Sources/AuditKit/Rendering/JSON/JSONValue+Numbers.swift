/// Numbers as Foundation's `JSONEncoder` writes them.
extension JSONValue {
    /// An integer in decimal, as its `description`.
    static func integer(_ value: some FixedWidthInteger & CustomStringConvertible) -> JSONValue {
        .number(value.description)
    }

    /// A finite `Double` or `Float` as its shortest round-trip `description`, without a trailing
    /// `.0`: `100.0` → `100`, `-0.0` → `-0`, `1e-07` and `1.5e+300` as they are.
    /// - Returns: `nil` for NaN and infinities, which JSON cannot hold.
    static func float<F: BinaryFloatingPoint & CustomStringConvertible>(_ value: F) -> JSONValue? {
        guard value.isFinite else { return nil }
        // Whole Doubles (weights, counts) skip the shortest-round-trip search: below 1e15 their
        // description is their integer's plus `.0` (a Float's turns to `1e+08` much sooner).
        // `-0.0` keeps its sign, as in Foundation.
        if F.self == Double.self, value.magnitude < 1e15, value.rounded(.towardZero) == value,
           !(value == 0 && value.sign == .minus) {
            return .number(Int64(value).description)
        }
        var text = value.description
        if text.hasSuffix(".0") { text.removeLast(2) }
        return .number(text)
    }
}
