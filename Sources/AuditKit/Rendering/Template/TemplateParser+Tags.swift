extension TemplateParser {
    /// What follows a tag: the block goes on (on a new line or not), or a section closed.
    enum TagOutcome {
        case continues(lineStart: Bool)
        case closed(alone: Bool)
    }

    /// Parses the tag whose opening delimiter is at `tagStart` (and already consumed).
    /// `indent` is the blank text before it on its line, written unless the tag stands alone;
    /// `lineStart` says whether only blanks come before it on its line.
    mutating func parseTag(at tagStart: Int, into tokens: inout TemplateTokenList, indent: Range<Int>,
                           lineStart: Bool, section: OpenSection?) throws -> TagOutcome {
        guard position < bytes.count else { throw TemplateSyntaxError("the tag is not closed", at: tagStart) }
        let sigil = bytes[position]
        switch sigil {
        case UInt8(ascii: "#"), UInt8(ascii: "^"):
            position += 1
            let name = try parseName(tagStart: tagStart)
            let depth = (section?.depth ?? 0) + 1
            guard depth <= Self.maximumDepth else {
                throw TemplateSyntaxError("sections are nested more than \(Self.maximumDepth) deep", at: tagStart)
            }
            let alone = standsAlone(lineStart, else: indent, into: &tokens)
            let open = OpenSection(name: name, sigil: Character(Unicode.Scalar(sigil)), offset: tagStart, depth: depth)
            let body = try parseBlock(in: open, startsLine: alone)
            tokens.append(.section(name, inverted: sigil == UInt8(ascii: "^"), body: body.tokens))
            return .continues(lineStart: body.closedAlone)
        case UInt8(ascii: "/"):
            position += 1
            let name = try parseName(tagStart: tagStart)
            guard let section, section.name.spelling == name.spelling else {
                let closing = "{{/\(name.spelling)}}"
                throw TemplateSyntaxError(section.map { "\(closing) does not close the open section \($0.tag)" }
                                          ?? "\(closing) closes no open section", at: tagStart)
            }
            return .closed(alone: standsAlone(lineStart, else: indent, into: &tokens))
        case UInt8(ascii: "{"), UInt8(ascii: "&"):
            tokens.appendText(bytes[indent])
            position += 1
            let triple = sigil == UInt8(ascii: "{")
            let name = try parseName(tagStart: tagStart, endingWith: triple ? [UInt8(ascii: "}")] : [])
            tokens.append(.variable(name, escaped: false))
            return .continues(lineStart: false)
        default:
            return try parseLineTag(sigil, at: tagStart, into: &tokens, indent: indent, lineStart: lineStart)
        }
    }

    /// The tags that leave no section open: comments, partials, delimiters, pragmas, variables.
    private mutating func parseLineTag(_ sigil: UInt8, at tagStart: Int, into tokens: inout TemplateTokenList,
                                       indent: Range<Int>, lineStart: Bool) throws -> TagOutcome {
        switch sigil {
        case UInt8(ascii: "!"):
            try skipComment(tagStart: tagStart)
        case UInt8(ascii: ">"):
            position += 1
            return .continues(lineStart: try parsePartial(at: tagStart, into: &tokens, indent: indent,
                                                          lineStart: lineStart))
        case UInt8(ascii: "="):
            position += 1
            try parseDelimiters(tagStart: tagStart)
        case UInt8(ascii: "%"):
            position += 1
            tokens.append(.contentType(try parsePragma(tagStart: tagStart)))
        case UInt8(ascii: "<"), UInt8(ascii: "$"):
            throw TemplateSyntaxError("template inheritance ({{<parent}} and {{$block}}) is not supported",
                                      at: tagStart)
        default:
            tokens.appendText(bytes[indent])
            tokens.append(.variable(try parseName(tagStart: tagStart), escaped: true))
            return .continues(lineStart: false)
        }
        return .continues(lineStart: standsAlone(lineStart, else: indent, into: &tokens))
    }

    /// Whether the tag just parsed stands alone on its line (then its line is consumed);
    /// if not, the blanks before it are written.
    private mutating func standsAlone(_ lineStart: Bool, else indent: Range<Int>,
                                      into tokens: inout TemplateTokenList) -> Bool {
        if lineStart, restOfLineIsBlank() { return true }
        tokens.appendText(bytes[indent])
        return false
    }

    /// `{{> name}}`, after the `>`; tells whether it stood alone.
    private mutating func parsePartial(at tagStart: Int, into tokens: inout TemplateTokenList,
                                       indent: Range<Int>, lineStart: Bool) throws -> Bool {
        skip()
        if position < bytes.count, bytes[position] == UInt8(ascii: "*") {
            throw TemplateSyntaxError("dynamic partials ({{>*name}}) are not supported", at: tagStart)
        }
        let name = try readTagContent(tagStart: tagStart, allowed: Self.isPartialNameByte)
        guard !name.isEmpty else { throw TemplateSyntaxError("the partial tag names no partial", at: tagStart) }
        tokens.appendText(bytes[indent])
        let alone = lineStart && restOfLineIsBlank()
        tokens.append(.partial(TemplatePartialCall(name: name,
                                                   indentation: alone ? Array(bytes[indent]) : [],
                                                   offset: tagStart)))
        return alone
    }
}
