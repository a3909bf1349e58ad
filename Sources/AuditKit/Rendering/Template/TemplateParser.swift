/// Parses Mustache template text into tokens, in one pass over its UTF-8 bytes.
///
/// Follows the Mustache spec: a section, inverted section, closing, comment, partial,
/// delimiter or pragma tag alone on a line (but for spaces and tabs) takes its line with it,
/// and a partial alone on a line is indented as that line is.
struct TemplateParser {
    let bytes: [UInt8]
    var position = 0
    var opening: [UInt8] = Array("{{".utf8)
    var closing: [UInt8] = Array("}}".utf8)

    /// The section being parsed, to match its closing tag, and how many enclose it.
    struct OpenSection {
        let name: TemplateName
        /// `#` or `^`, as written.
        let sigil: Character
        let offset: Int
        let depth: Int

        /// The opening tag as written, for messages: `{{#name}}` or `{{^name}}`.
        var tag: String { "{{\(sigil)\(name.spelling)}}" }
    }

    /// Sections nested deeper than this are refused: parsing and rendering recurse once per level.
    static let maximumDepth = 100

    /// Parses the whole of `text`.
    /// - Throws: `TemplateSyntaxError` at the first fault.
    static func parse(_ text: String) throws -> [TemplateToken] {
        var parser = TemplateParser(bytes: Array(text.utf8))
        return try parser.parseBlock(in: nil, startsLine: true).tokens
    }

    /// Parses up to the closing tag of `section` (or the end, at the top level), and tells
    /// whether that closing tag stood alone on its line.
    mutating func parseBlock(in section: OpenSection?, startsLine: Bool) throws
        -> (tokens: [TemplateToken], closedAlone: Bool) {
        var tokens = TemplateTokenList()
        var lineStart = startsLine
        while position < bytes.count {
            let lineBegin = position
            if lineStart { skip(spacesAndTabsOnly: true) }
            let indent = lineBegin..<position
            switch scanText() {
            case .newline(let length):
                position += length
                tokens.appendText(bytes[lineBegin..<position])
                lineStart = true
            case .end:
                tokens.appendText(bytes[lineBegin..<position])
            case .tag(let text, let tagStart):
                let mayStandAlone = text.isEmpty && lineStart
                if !text.isEmpty { tokens.appendText(bytes[lineBegin..<text.upperBound]) }
                let pending = text.isEmpty ? indent : text.upperBound..<text.upperBound
                switch try parseTag(at: tagStart, into: &tokens, indent: pending, lineStart: mayStandAlone,
                                    section: section) {
                case .closed(let closedAlone): return (tokens.tokens, closedAlone)
                case .continues(let nextLineStart): lineStart = nextLineStart
                }
            }
        }
        if let section {
            throw TemplateSyntaxError("the section \(section.tag) is never closed", at: section.offset)
        }
        return (tokens.tokens, false)
    }

    /// Where `scanText` stopped.
    enum TextEnd {
        /// At a line break of `length` bytes, not consumed.
        case newline(length: Int)
        /// After a tag's opening delimiter; `text` is what came before it.
        case tag(text: Range<Int>, tagStart: Int)
        case end
    }

    /// Moves to the next newline or tag.
    mutating func scanText() -> TextEnd {
        let start = position
        while position < bytes.count {
            if let length = newlineLength(at: position) { return .newline(length: length) }
            if matches(opening, at: position) {
                let tagStart = position
                position += opening.count
                return .tag(text: start..<tagStart, tagStart: tagStart)
            }
            position += 1
        }
        return .end
    }

    /// Whether the rest of the line is blank; if so, moves past its newline.
    mutating func restOfLineIsBlank() -> Bool {
        var ahead = position
        while ahead < bytes.count, bytes[ahead] == 0x20 || bytes[ahead] == 0x09 { ahead += 1 }
        if ahead == bytes.count {
            position = ahead
            return true
        }
        guard let newline = newlineLength(at: ahead) else { return false }
        position = ahead + newline
        return true
    }

    /// Skips spaces and tabs, and with `spacesAndTabsOnly` false, line breaks too.
    mutating func skip(spacesAndTabsOnly: Bool = false) {
        while position < bytes.count {
            switch bytes[position] {
            case 0x20, 0x09: position += 1
            case 0x0A where !spacesAndTabsOnly, 0x0D where !spacesAndTabsOnly: position += 1
            default: return
            }
        }
    }

    /// 1 for `\n`, 2 for `\r\n`, nil for anything else.
    func newlineLength(at index: Int) -> Int? {
        guard index < bytes.count else { return nil }
        if bytes[index] == 0x0A { return 1 }
        if bytes[index] == 0x0D, index + 1 < bytes.count, bytes[index + 1] == 0x0A { return 2 }
        return nil
    }

    func matches(_ delimiter: [UInt8], at index: Int) -> Bool {
        guard index + delimiter.count <= bytes.count else { return false }
        for offset in 0..<delimiter.count where bytes[index + offset] != delimiter[offset] { return false }
        return true
    }
}
