/// A scanner for the plain subset of YAML that manifests are written in. It produces the events
/// libyaml would, at a fraction of the cost: the portfolio's way in, in front of libyaml.
///
/// It takes a block mapping at the top; block mappings and sequences indented with spaces;
/// flow mappings and sequences, also across lines; plain scalars on one line; quoted scalars on
/// one line without escapes; and literal and folded block scalars whose lines share one
/// indentation. At anything else — anchors, tags, aliases, directives, document markers,
/// multi-line plain scalars, empty values, tabs, escapes, nesting deeper than `maximumDepth`,
/// any syntax error — it declines (nil) and the caller asks libyaml. Whenever it gives events,
/// they are libyaml's, positions included: `YAMLEventDifferential` checks that in the tests
/// and in the fuzz target.
struct PlainYAMLScanner {
    /// Collections nested deeper than this are left to libyaml (and the scanner's recursion
    /// stays shallow).
    static let maximumDepth = 64

    let bytes: UnsafeBufferPointer<UInt8>
    /// Whether `bytes` are all ASCII, so that a column is a byte offset.
    let isASCII: Bool
    var events: [ScannedYAMLEvent] = []
    /// Values that are not a slice of the source: folded or unescaped.
    var scratch: [UInt8] = []
    var position = 0
    /// 1-based line of `position`, and where that line starts.
    var line = 1
    var lineStart = 0
    /// Indentation of the content line `position` stands on (at its first non-space), or -1
    /// at the end of the text.
    var nextIndent = -1
    var depth = 0

    /// The events of `bytes`, or nil when they are not in the subset.
    static func scan(_ bytes: UnsafeBufferPointer<UInt8>) -> ScannedYAMLEvents? {
        // Events hold positions as 32-bit numbers.
        guard bytes.count < Int(Int32.max), let ascii = PlainYAMLText.isASCII(bytes) else { return nil }
        var scanner = PlainYAMLScanner(bytes: bytes, isASCII: ascii)
        guard scanner.stream() else { return nil }
        return ScannedYAMLEvents(events: scanner.events, scratch: scanner.scratch, source: bytes)
    }

    private init(bytes: UnsafeBufferPointer<UInt8>, isASCII: Bool) {
        (self.bytes, self.isASCII) = (bytes, isASCII)
    }

    /// One document holding a block mapping at column 1.
    private mutating func stream() -> Bool {
        events.reserveCapacity(bytes.count / 8 + 8)
        events.append(ScannedYAMLEvent(.streamStart))
        events.append(ScannedYAMLEvent(.documentStart))
        guard advanceToContent(), nextIndent == 0, keyEnd() != nil,
              blockMapping(indent: 0), nextIndent == -1 else { return false }
        events.append(ScannedYAMLEvent(.documentEnd))
        events.append(ScannedYAMLEvent(.streamEnd))
        return true
    }

    // MARK: Bytes and positions

    /// The byte `offset` past `position`; 0 (a byte the text never holds) past the end.
    func peek(_ offset: Int = 0) -> UInt8 {
        let index = position + offset
        return index < bytes.count ? bytes[index] : 0
    }

    /// 1-based column, in characters, of byte `index` on the current line.
    func column(at index: Int) -> Int {
        guard !isASCII else { return index - lineStart + 1 }
        var characters = 1
        for offset in lineStart..<index where bytes[offset] & 0xC0 != 0x80 { characters += 1 }
        return characters
    }

    /// Records the start of a collection at `position`, one level deeper; false past the
    /// depth limit.
    mutating func open(_ kind: YAMLEventKind) -> Bool {
        depth += 1
        guard depth <= Self.maximumDepth else { return false }
        events.append(ScannedYAMLEvent(kind, line: line, column: column(at: position)))
        return true
    }

    /// Records the end of a collection, one level up.
    mutating func close(_ kind: YAMLEventKind) {
        depth -= 1
        events.append(ScannedYAMLEvent(kind))
    }

    /// Records a scalar that starts at byte `at` on the current line, with a value of `count`
    /// bytes from `start`.
    mutating func scalar(_ style: YAMLScalarStyle, at: Int, start: Int, count: Int, inScratch: Bool = false) {
        events.append(ScannedYAMLEvent(scalar: style, line: line, column: column(at: at),
                                       start: start, count: count, inScratch: inScratch))
    }

    // MARK: Lines

    /// Steps over the line break at `position`.
    mutating func takeLineBreak() {
        position += 1
        line += 1
        lineStart = position
    }

    /// Steps to the line break (or the end) that ends a comment.
    mutating func skipComment() {
        while peek() != YAMLByte.lineFeed, position < bytes.count { position += 1 }
    }

    /// Number of spaces from byte `index`.
    func spaces(from index: Int) -> Int {
        var end = index
        while end < bytes.count, bytes[end] == YAMLByte.space { end += 1 }
        return end - index
    }

    /// From the start of a line: skips blank and comment lines, and stops at the first
    /// non-space of the next content line, setting `nextIndent` (-1 at the end). False at a
    /// directive or document marker, which are left to libyaml.
    mutating func advanceToContent() -> Bool {
        while true {
            let indent = spaces(from: position)
            position += indent
            switch peek() {
            case 0 where position >= bytes.count:
                nextIndent = -1
                return true
            case YAMLByte.lineFeed: takeLineBreak()
            case YAMLByte.hash:
                skipComment()
                if position < bytes.count { takeLineBreak() }
            default:
                nextIndent = indent
                return indent > 0 || !startsDirectiveOrMarker()
            }
        }
    }

    /// `%`, `---` or `...` at the start of a line.
    private func startsDirectiveOrMarker() -> Bool {
        let first = peek()
        if first == YAMLByte.percent { return true }
        return (first == YAMLByte.minus || first == YAMLByte.dot) && peek(1) == first && peek(2) == first
    }

    /// After a node on its line: spaces, an optional comment, the line break (or the end);
    /// then on to the next content line.
    mutating func finishLine() -> Bool {
        let start = position
        position += spaces(from: position)
        if peek() == YAMLByte.hash {
            guard position > start else { return false }
            skipComment()
        }
        if peek() == YAMLByte.lineFeed {
            takeLineBreak()
        } else if position < bytes.count {
            return false
        }
        return advanceToContent()
    }
}
