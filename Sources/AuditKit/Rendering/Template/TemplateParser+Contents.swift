extension TemplateParser {
    /// Letters, digits and `. - _ ? * ( )`: what a value's name may be made of. (Plain
    /// functions, not sets: a `Set<UInt8>` costs a first-time conformance lookup per process.)
    static func isNameByte(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"),
             UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "."), UInt8(ascii: "-"), UInt8(ascii: "_"),
             UInt8(ascii: "?"), UInt8(ascii: "*"), UInt8(ascii: "("), UInt8(ascii: ")"): true
        default: false
        }
    }

    /// A partial's name may hold `/` too.
    static func isPartialNameByte(_ byte: UInt8) -> Bool { isNameByte(byte) || byte == UInt8(ascii: "/") }

    /// `{{% CONTENT_TYPE: NAME}}` holds letters, `_`, `:` and blanks.
    static func isPragmaByte(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"),
             UInt8(ascii: "_"), UInt8(ascii: ":"), UInt8(ascii: " "), UInt8(ascii: "\t"): true
        default: false
        }
    }

    /// The name of a value tag, up to and including the closing delimiter (after `endingWith`,
    /// `}` for a triple mustache).
    mutating func parseName(tagStart: Int, endingWith extra: [UInt8] = []) throws -> TemplateName {
        let spelling = try readTagContent(tagStart: tagStart, allowed: Self.isNameByte, endingWith: extra)
        guard !spelling.isEmpty else { throw TemplateSyntaxError("the tag names no value", at: tagStart) }
        guard let name = TemplateName(spelling) else {
            throw TemplateSyntaxError("\"\(spelling)\" is not a name: write name, a.b, .a, . or "
                                      + "transform(name)", at: tagStart)
        }
        return name
    }

    /// Reads blanks, a run of `allowed` bytes, blanks, `extra` and the closing delimiter.
    mutating func readTagContent(tagStart: Int, allowed: (UInt8) -> Bool,
                                 endingWith extra: [UInt8] = []) throws -> String {
        skip()
        let start = position
        while position < bytes.count, allowed(bytes[position]) { position += 1 }
        let content = String(decoding: bytes[start..<position], as: UTF8.self)
        skip()
        guard matches(extra + closing, at: position) else {
            let expected = String(decoding: extra + closing, as: UTF8.self)
            let found = position < bytes.count ? "\"\(character(at: position))\"" : "the end of the template"
            throw TemplateSyntaxError("expected \(expected) to close the tag, found \(found)",
                                      at: position < bytes.count ? position : tagStart)
        }
        position += extra.count + closing.count
        return content
    }

    /// The character that starts at `index`.
    func character(at index: Int) -> Character {
        String(decoding: bytes[index..<min(index + 4, bytes.count)], as: UTF8.self).first ?? "?"
    }

    /// Moves past a comment's closing delimiter.
    mutating func skipComment(tagStart: Int) throws {
        while position < bytes.count {
            if matches(closing, at: position) {
                position += closing.count
                return
            }
            position += 1
        }
        throw TemplateSyntaxError("the comment is not closed", at: tagStart)
    }

    /// `{{=<% %>=}}`, after the first `=`: new opening and closing delimiters.
    mutating func parseDelimiters(tagStart: Int) throws {
        skip()
        let newOpening = readDelimiter()
        skip()
        let newClosing = readDelimiter()
        skip()
        guard !newOpening.isEmpty, !newClosing.isEmpty, position < bytes.count,
              bytes[position] == UInt8(ascii: "="), matches(closing, at: position + 1) else {
            throw TemplateSyntaxError("a delimiter tag is written {{=OPEN CLOSE=}}", at: tagStart)
        }
        position += 1 + closing.count
        (opening, closing) = (newOpening, newClosing)
    }

    private mutating func readDelimiter() -> [UInt8] {
        let start = position
        while position < bytes.count {
            switch bytes[position] {
            case UInt8(ascii: " "), UInt8(ascii: "\t"), UInt8(ascii: "\r"), UInt8(ascii: "\n"), UInt8(ascii: "="):
                return Array(bytes[start..<position])
            default: position += 1
            }
        }
        return Array(bytes[start..<position])
    }

    /// `{{% CONTENT_TYPE: NAME}}`, after the `%`.
    mutating func parsePragma(tagStart: Int) throws -> TemplateContentType {
        let content = try readTagContent(tagStart: tagStart, allowed: Self.isPragmaByte)
        let parts = content.split(separator: ":", maxSplits: 1).map { $0.trimmingBlanks }
        guard parts.count == 2, parts[0] == "CONTENT_TYPE" else {
            throw TemplateSyntaxError("the only setting is {{% CONTENT_TYPE: HTML}} (or MARKDOWN, TEXT)",
                                      at: tagStart)
        }
        guard let type = TemplateContentType(rawValue: parts[1]) else {
            throw TemplateSyntaxError("unknown content type \"\(parts[1])\": use HTML, MARKDOWN or TEXT",
                                      at: tagStart)
        }
        return type
    }
}

private extension Substring {
    var trimmingBlanks: String {
        let isText = { (character: Character) in character != " " && character != "\t" }
        guard let first = firstIndex(where: isText), let last = lastIndex(where: isText) else { return "" }
        return String(self[first...last])
    }
}
