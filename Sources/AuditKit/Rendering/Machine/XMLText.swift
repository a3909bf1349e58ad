/// Escaping for XML 1.0 text and attribute values, and tags built from escaped parts.
enum XMLText {
    /// `text` as element content: `& < > " '` as entities, carriage returns as character
    /// references (so parsers keep them), and characters XML 1.0 forbids removed.
    static func content(_ text: String) -> String {
        escape(text, inAttribute: false)
    }

    /// `text` as an attribute value: as `content`, and line breaks and tabs as character
    /// references, which attribute-value normalisation would otherwise turn into spaces.
    static func attribute(_ text: String) -> String {
        escape(text, inAttribute: true)
    }

    /// `<name a="1" b="2">`, or `<name … />` when `empty`.
    static func tag(_ name: String, _ attributes: [(String, String)], empty: Bool = false) -> String {
        let parts = attributes.map { " \($0.0)=\"\(attribute($0.1))\"" }.joined()
        return "<\(name)\(parts)\(empty ? "/>" : ">")"
    }

    /// `<name …>text</name>`, or `<name … />` when `text` is empty.
    static func element(_ name: String, _ attributes: [(String, String)], text: String) -> String {
        text.isEmpty ? tag(name, attributes, empty: true)
            : tag(name, attributes) + content(text) + "</\(name)>"
    }

    /// Escapes `text` in one pass, writing UTF-8 bytes; with `inAttribute`, line breaks and tabs too.
    private static func escape(_ text: String, inAttribute: Bool) -> String {
        // Most texts need nothing escaped: one pass over their bytes says so, without a copy.
        if text.utf8.withContiguousStorageIfAvailable({ isPlain($0, inAttribute: inAttribute) }) == true {
            return text
        }
        var bytes: [UInt8] = []
        bytes.reserveCapacity(text.utf8.count + 16)
        for scalar in text.unicodeScalars where isAllowed(scalar) {
            switch scalar {
            case "&": bytes.append(contentsOf: "&amp;".utf8)
            case "<": bytes.append(contentsOf: "&lt;".utf8)
            case ">": bytes.append(contentsOf: "&gt;".utf8)
            case "\"": bytes.append(contentsOf: "&quot;".utf8)
            case "'": bytes.append(contentsOf: "&apos;".utf8)
            case "\r": bytes.append(contentsOf: "&#13;".utf8)
            case "\n" where inAttribute: bytes.append(contentsOf: "&#10;".utf8)
            case "\t" where inAttribute: bytes.append(contentsOf: "&#9;".utf8)
            default: UTF8.encode(scalar) { bytes.append($0) }
            }
        }
        return String(decoding: bytes, as: UTF8.self)
    }

    /// Whether `bytes` are all printable ASCII other than `& < > " '`, or (in content) line
    /// breaks and tabs: what `escape` would leave as they are.
    private static func isPlain(_ bytes: UnsafeBufferPointer<UInt8>, inAttribute: Bool) -> Bool {
        bytes.allSatisfy { byte in
            switch byte {
            case UInt8(ascii: "&"), UInt8(ascii: "<"), UInt8(ascii: ">"), UInt8(ascii: "\""), UInt8(ascii: "'"): false
            case 0x20...0x7E: true
            case UInt8(ascii: "\n"), UInt8(ascii: "\t"): !inAttribute
            default: false
            }
        }
    }

    /// XML 1.0's `Char` production, less the C1 controls and DEL it discourages.
    private static func isAllowed(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x9, 0xA, 0xD: true
        case 0x20...0x7E, 0xA0...0xD7FF, 0xE000...0xFFFD, 0x10000...0x10FFFF: true
        default: false
        }
    }
}
