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
        let allowed = Set("0123456789.-+eE")
        guard text.allSatisfy(allowed.contains), text.contains(where: \.isNumber) else { return nil }
        return Double(text).flatMap { $0.isFinite ? $0 : nil }
    }

    static func boolean(_ text: String) -> Bool? {
        switch text {
        case "true", "True", "TRUE": true
        case "false", "False", "FALSE": false
        default: nil
        }
    }

    static func dotted(_ path: [String]) -> String {
        path.reduce(into: "") { text, part in
            text += part.hasPrefix("[") || text.isEmpty ? part : "." + part
        }
    }
}

extension Node {
    /// True for an empty value or an explicit `null`/`~`.
    var isNull: Bool {
        null != nil
    }
}

extension Node.Scalar.Style {
    /// True for `'single'` and `"double"` quoted scalars.
    var isQuoted: Bool { self == .singleQuoted || self == .doubleQuoted }
}
