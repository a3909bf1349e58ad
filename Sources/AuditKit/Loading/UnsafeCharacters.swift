/// Characters that text from an input must not carry into a report or onto a terminal:
/// control characters (a YAML escape such as `"\e[2J"` makes one), which would reach terminals
/// as commands, and the Unicode controls of bidirectional text, which can make a report read in
/// another order than it is written.
///
/// Tab and line feed are allowed (a carriage return could overwrite a line on a terminal).
public enum UnsafeCharacters {
    /// The first character of `text` that is not allowed, if any.
    static func first(in text: String) -> Unicode.Scalar? {
        // Almost every text is printable ASCII: one pass over its bytes, eight at a time, says so.
        let plain = text.utf8.withContiguousStorageIfAvailable { bytes in
            var index = 0
            while index + 8 <= bytes.count, ByteWord.isPrintableASCIIOrLineFeed(ByteWord.load(at: index, of: bytes)) {
                index += 8
            }
            return bytes[index...].allSatisfy { ($0 >= 0x20 && $0 < 0x7F) || $0 == 0x09 || $0 == 0x0A }
        }
        if plain == true { return nil }
        return text.unicodeScalars.first(where: isUnsafe)
    }

    /// Whether `scalar` is a control character other than tab and line feed (C0, DEL, C1),
    /// or a bidirectional embedding, override or isolate.
    static func isUnsafe(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x09, 0x0A: false
        case 0x00...0x1F, 0x7F...0x9F: true
        case 0x202A...0x202E, 0x2066...0x2069: true
        default: false
        }
    }

    /// `text` with each unsafe character written out as `<U+001B>`, for messages that quote
    /// what an input said.
    public static func shown(_ text: String) -> String {
        guard first(in: text) != nil else { return text }
        var shown = ""
        for scalar in text.unicodeScalars {
            if isUnsafe(scalar) { shown += "<\(name(of: scalar))>" } else { shown.unicodeScalars.append(scalar) }
        }
        return shown
    }

    /// How many characters `scalar` takes in `shown`: one, or its name in brackets.
    static func width(of scalar: Unicode.Scalar) -> Int {
        isUnsafe(scalar) ? name(of: scalar).count + 2 : 1
    }

    /// "U+001B, a control character": an unsafe `scalar` as messages name it.
    public static func described(_ scalar: Unicode.Scalar) -> String {
        "\(name(of: scalar)), \(kind(of: scalar))"
    }

    /// The first unsafe character of `text` as messages name it (`described`); nil when
    /// there is none.
    public static func firstDescribed(in text: String) -> String? {
        first(in: text).map(described)
    }

    /// What kind of character an unsafe `scalar` is, for messages.
    static func kind(of scalar: Unicode.Scalar) -> String {
        scalar.value >= 0x2000 ? "a bidirectional-text control" : "a control character"
    }

    /// `U+001B`: the scalar's code point, four hex digits at least.
    static func name(of scalar: Unicode.Scalar) -> String {
        let hex = String(scalar.value, radix: 16, uppercase: true)
        return "U+" + String(repeating: "0", count: max(0, 4 - hex.count)) + hex
    }
}
