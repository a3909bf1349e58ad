/// One event as `PlainYAMLScanner` records it: 20 bytes, no references.
struct ScannedYAMLEvent {
    let kind: YAMLEventKind
    let style: YAMLScalarStyle
    /// Whether the value lies in the scanner's own buffer (a folded or unescaped value) rather
    /// than in the source text.
    let inScratch: Bool
    /// 1-based; 0 for events that are not nodes.
    let line: Int32
    let column: Int32
    /// The value's first byte and length (scalars only).
    let start: Int32
    let count: Int32

    /// An event that is not a node: a stream, document or collection end.
    init(_ kind: YAMLEventKind) {
        (self.kind, style, inScratch, line, column, start, count) = (kind, .none, false, 0, 0, 0, 0)
    }

    /// A collection start at `line`:`column`.
    init(_ kind: YAMLEventKind, line: Int, column: Int) {
        (self.kind, style, inScratch) = (kind, .none, false)
        (self.line, self.column, start, count) = (Int32(truncatingIfNeeded: line),
                                                  Int32(truncatingIfNeeded: column), 0, 0)
    }

    /// A scalar at `line`:`column` whose value is `count` bytes from `start`.
    init(scalar style: YAMLScalarStyle, line: Int, column: Int, start: Int, count: Int, inScratch: Bool) {
        (kind, self.style, self.inScratch) = (.scalar, style, inScratch)
        (self.line, self.column) = (Int32(truncatingIfNeeded: line), Int32(truncatingIfNeeded: column))
        (self.start, self.count) = (Int32(truncatingIfNeeded: start), Int32(truncatingIfNeeded: count))
    }
}
