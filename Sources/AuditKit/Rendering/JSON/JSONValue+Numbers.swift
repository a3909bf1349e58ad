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
        var text = value.description
        if text.hasSuffix(".0") { text.removeLast(2) }
        return .number(text)
    }
}
