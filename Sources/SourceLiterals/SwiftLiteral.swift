/// Swift source text for plain values: for the build tool that embeds `Checklists/` and
/// `Reports/` as strings, and for `CatalogCompiler`, which writes checklists as Swift values.
public enum SwiftLiteral {
    /// A string literal that reads back as exactly `text`: quotes, backslashes and control
    /// characters escaped, everything else as it is.
    public static func string(_ text: String) -> String {
        var literal = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": literal += "\\\""
            case "\\": literal += "\\\\"
            case "\n": literal += "\\n"
            case "\r": literal += "\\r"
            case "\t": literal += "\\t"
            case _ where scalar.value < 0x20 || scalar.value == 0x7F || scalar.properties.generalCategory == .format:
                literal += "\\u{\(String(scalar.value, radix: 16))}"
            default: literal.unicodeScalars.append(scalar)
            }
        }
        return literal + "\""
    }

    /// A `Double` that reads back bit for bit (Swift prints the shortest exact form).
    public static func double(_ value: Double) -> String {
        if value.isNaN { return "Double.nan" }
        if value.isInfinite { return value < 0 ? "-Double.infinity" : "Double.infinity" }
        return "\(value)"
    }

    /// `nil`, or `value` written by `write`.
    public static func optional<T>(_ value: T?, _ write: (T) -> String) -> String {
        value.map(write) ?? "nil"
    }

    /// An array literal of `values` written by `write`, on one line.
    public static func array<T>(_ values: [T], _ write: (T) -> String) -> String {
        "[" + values.map(write).joined(separator: ", ") + "]"
    }

    /// An enum case by its Swift name, e.g. `.minorLikeness`.
    public static func enumCase(_ value: some RawRepresentable) -> String {
        ".\(value)"
    }
}
