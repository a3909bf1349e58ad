/// The ASCII bytes YAML's syntax turns on, for `PlainYAMLScanner`.
enum YAMLByte {
    static let lineFeed = UInt8(ascii: "\n")
    static let space = UInt8(ascii: " ")
    static let hash = UInt8(ascii: "#")
    static let colon = UInt8(ascii: ":")
    static let comma = UInt8(ascii: ",")
    static let minus = UInt8(ascii: "-")
    static let dot = UInt8(ascii: ".")
    static let percent = UInt8(ascii: "%")
    static let question = UInt8(ascii: "?")
    static let singleQuote = UInt8(ascii: "'")
    static let doubleQuote = UInt8(ascii: "\"")
    static let backslash = UInt8(ascii: "\\")
    static let pipe = UInt8(ascii: "|")
    static let greater = UInt8(ascii: ">")
    static let openBracket = UInt8(ascii: "[")
    static let closeBracket = UInt8(ascii: "]")
    static let openBrace = UInt8(ascii: "{")
    static let closeBrace = UInt8(ascii: "}")
    static let underscore = UInt8(ascii: "_")

    /// A space, a line break, or the end (0).
    static func isBlankOrEnd(_ byte: UInt8) -> Bool { byte == space || byte == lineFeed || byte == 0 }

    /// `,[]{}`: what ends a plain scalar inside a flow collection.
    static func isFlowIndicator(_ byte: UInt8) -> Bool {
        byte == comma || byte == openBracket || byte == closeBracket || byte == openBrace || byte == closeBrace
    }

    /// A letter, a digit or `_`: what a key may start with.
    static func isKeyStart(_ byte: UInt8) -> Bool {
        (byte | 0x20 >= UInt8(ascii: "a") && byte | 0x20 <= UInt8(ascii: "z"))
            || (byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9")) || byte == underscore
    }

    /// A key's later bytes: also `-` and `.`.
    static func isKeyByte(_ byte: UInt8) -> Bool { isKeyStart(byte) || byte == minus || byte == dot }

    /// Whether a plain scalar may start with `byte` followed by `next`. Indicators may not;
    /// `-` may when a character follows it that could go on a plain scalar (`-5`). `?` and `:`
    /// could too, but are left to libyaml.
    static func canStartPlain(_ byte: UInt8, next: UInt8) -> Bool {
        switch byte {
        case minus: !isBlankOrEnd(next) && !isFlowIndicator(next)
        case 0, space, lineFeed, hash, comma, openBracket, closeBracket, openBrace, closeBrace,
             UInt8(ascii: "&"), UInt8(ascii: "*"), UInt8(ascii: "!"), pipe, greater, singleQuote,
             doubleQuote, percent, UInt8(ascii: "@"), UInt8(ascii: "`"), question, colon: false
        default: true
        }
    }
}
