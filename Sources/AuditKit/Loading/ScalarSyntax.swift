import Yams

/// Strict readings of YAML scalars: decimal integers and numbers only, `true`/`false` only.
enum ScalarSyntax {
    static func integer(_ text: String) -> Int? {
        let digits = text.hasPrefix("-") || text.hasPrefix("+") ? text.dropFirst() : Substring(text)
        guard !digits.isEmpty, digits.allSatisfy({ $0.isASCII && $0.isNumber }) else { return nil }
        return Int(text)
    }

    static func number(_ text: String) -> Double? {
        if let int = integer(text) { return Double(int) }
        guard text.utf8.allSatisfy(numberBytes.contains), text.utf8.contains(where: isDigit) else {
            return nil
        }
        return Double(text).flatMap { $0.isFinite ? $0 : nil }
    }

    /// What a number's text may hold.
    private static let numberBytes = Set("0123456789.-+eE".utf8)

    private static func isDigit(_ byte: UInt8) -> Bool {
        byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9")
    }

    /// Whether `text` is empty or only whitespace. Text that starts with a visible ASCII
    /// character is decided by that byte: walking the characters of every text cost ≈ 18 k
    /// instructions a manifest.
    static func isBlank(_ text: String) -> Bool {
        guard let first = text.utf8.first else { return true }
        return !(0x21..<0x80).contains(first) && text.allSatisfy(\.isWhitespace)
    }

    /// What a message says after the place of blank text, in every format.
    static let blankAdvice = "blank; write a value, or leave the key out if it is optional"

    /// The texts a plain scalar means null with (Yams' `NSNull.construct`).
    static func isNull(_ text: String) -> Bool {
        // Told apart by length first: nearly every text is longer than any of these words, and
        // comparing strings cost ≈ 1.5 % of reading a manifest.
        guard text.utf8.count <= 4 else { return false }
        return switch text {
        case "", "~", "null", "Null", "NULL": true
        default: false
        }
    }

    static func boolean(_ text: String) -> Bool? {
        guard (4...5).contains(text.utf8.count) else { return nil }
        return switch text {
        case "true", "True", "TRUE": true
        case "false", "False", "FALSE": false
        default: nil
        }
    }

    /// Most parts of a path a message shows: a fault 900 levels down once named a path of
    /// 2,800 characters.
    static let longestShownPath = 16

    /// `path` as messages show it, `safeguards.input_filters[0].stage`; past `longestShownPath`
    /// parts, its first and last eight with the count of those left out between them.
    static func dotted(_ path: [String]) -> String {
        guard path.count > longestShownPath else { return joined(path) }
        let kept = longestShownPath / 2
        return joined(path.prefix(kept)) + " … \(path.count - 2 * kept) levels … " + joined(path.suffix(kept))
    }

    private static func joined(_ path: some Sequence<String>) -> String {
        path.reduce(into: "") { text, part in
            text += part.hasPrefix("[") || text.isEmpty ? part : "." + part
        }
    }
}

extension Node {
    /// True for an empty value or an explicit `null`/`~`.
    var isNull: Bool {
        guard case .scalar(let scalar) = self, scalar.style == .plain else { return false }
        return ScalarSyntax.isNull(scalar.string)
    }
}

extension Node.Scalar.Style {
    /// True for `'single'` and `"double"` quoted scalars.
    var isQuoted: Bool { self == .singleQuoted || self == .doubleQuoted }
}
