extension TemplateParser {
    /// Letters, digits and `. - _ ? * ( )`: what a value's name may be made of.
    static let nameBytes = byteSet("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789.-_?*()")
    /// A partial's name may hold `/` too.
    static let partialNameBytes = nameBytes.union([UInt8(ascii: "/")])

    static func byteSet(_ characters: String) -> Set<UInt8> { Set(characters.utf8) }

    /// The name of a value tag, up to and including the closing delimiter (after `endingWith`,
    /// `}` for a triple mustache).
    mutating func parseName(tagStart: Int, endingWith extra: [UInt8] = []) throws -> TemplateName {
        let spelling = try readTagContent(tagStart: tagStart, allowed: Self.nameBytes, endingWith: extra)
        guard !spelling.isEmpty else { throw TemplateSyntaxError("the tag names no value", at: tagStart) }
        guard let name = TemplateName(spelling) else {
            throw TemplateSyntaxError("\"\(spelling)\" is not a name: write name, a.b, .a, . or "
                                      + "transform(name)", at: tagStart)
        }
        return name
    }

    /// Reads blanks, a run of `allowed` bytes, blanks, `extra` and the closing delimiter.
    mutating func readTagContent(tagStart: Int, allowed: Set<UInt8>, endingWith extra: [UInt8] = []) throws -> String {
        skip()
        let start = position
        while position < bytes.count, allowed.contains(bytes[position]) { position += 1 }
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
        while position < bytes.count, !Self.delimiterStops.contains(bytes[position]) { position += 1 }
        return Array(bytes[start..<position])
    }

    private static let delimiterStops = byteSet(" \t\r\n=")

    /// `{{% CONTENT_TYPE: NAME}}`, after the `%`.
    mutating func parsePragma(tagStart: Int) throws -> TemplateContentType {
        let content = try readTagContent(tagStart: tagStart, allowed: Self.pragmaBytes)
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

    private static let pragmaBytes = byteSet("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz_: \t")
}

private extension Substring {
    var trimmingBlanks: String {
        String(drop { $0 == " " || $0 == "\t" }.reversed().drop { $0 == " " || $0 == "\t" }.reversed())
    }
}
