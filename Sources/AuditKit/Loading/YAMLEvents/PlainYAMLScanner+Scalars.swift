/// Plain and quoted scalars on one line, and literal and folded block scalars.
extension PlainYAMLScanner {
    /// A plain scalar that ends with its line, at a comment or, inside a flow collection, at
    /// `,[]{}`. One that goes on to the next line shows there as a deeper indentation, which
    /// the collection declines. A `: ` in it is left to libyaml, and inside a flow collection
    /// any `:` or `?`.
    mutating func plainScalar(inFlow: Bool) -> Bool {
        guard YAMLByte.canStartPlain(peek(), next: peek(1)) else { return false }
        let start = position
        var end = start
        while position < bytes.count {
            let byte = peek()
            if byte == YAMLByte.lineFeed || (inFlow && YAMLByte.isFlowIndicator(byte)) { break }
            if byte == YAMLByte.space {
                if peek(1) == YAMLByte.hash { break }
            } else if byte == YAMLByte.colon && (inFlow || YAMLByte.isBlankOrEnd(peek(1)))
                        || inFlow && byte == YAMLByte.question {
                return false
            } else {
                end = position + 1
            }
            position += 1
        }
        scalar(.plain, at: start, start: start, count: end - start)
        position = end
        return true
    }

    /// `'single'` (with `''` for a quote) or `"double"` without escapes, on one line.
    mutating func quoted() -> Bool {
        let quote = peek()
        let start = position
        position += 1
        let valueStart = position
        var doubledQuotes = false
        while true {
            let byte = peek()
            guard byte != YAMLByte.lineFeed, position < bytes.count else { return false }
            if byte == YAMLByte.backslash && quote == YAMLByte.doubleQuote { return false }
            if byte == quote {
                guard quote == YAMLByte.singleQuote, peek(1) == quote else { break }
                doubledQuotes = true
                position += 1
            }
            position += 1
        }
        let style: YAMLScalarStyle = quote == YAMLByte.singleQuote ? .singleQuoted : .doubleQuoted
        if doubledQuotes {
            let scratchStart = scratch.count
            var index = valueStart
            while index < position {
                scratch.append(bytes[index])
                index += bytes[index] == YAMLByte.singleQuote ? 2 : 1
            }
            scalar(style, at: start, start: scratchStart, count: scratch.count - scratchStart, inScratch: true)
        } else {
            scalar(style, at: start, start: valueStart, count: position - valueStart)
        }
        position += 1
        return true
    }

    /// `|` or `>`, optionally with `-` (strip), then lines that all have the same indentation,
    /// deeper than `indent`, with no blank line between them. Other block scalars — `+`, an
    /// explicit indentation, a deeper line, a blank line inside, an empty one — go to libyaml.
    mutating func blockScalar(in indent: Int) -> Bool {
        let style: YAMLScalarStyle = peek() == YAMLByte.pipe ? .literal : .folded
        let (startLine, startColumn) = (line, column(at: position))
        position += 1
        let strips = peek() == YAMLByte.minus
        if strips { position += 1 }
        let headerEnd = position
        position += spaces(from: position)
        if peek() == YAMLByte.hash {
            guard position > headerEnd else { return false }
            skipComment()
        }
        guard peek() == YAMLByte.lineFeed else { return false }
        takeLineBreak()
        let contentIndent = spaces(from: position)
        guard contentIndent > indent, !YAMLByte.isBlankOrEnd(peek(contentIndent)) else { return false }
        let scratchStart = scratch.count
        guard let endsWithBreak = blockLines(indent: contentIndent, separator: style == .literal
            ? YAMLByte.lineFeed : YAMLByte.space) else { return false }
        if endsWithBreak && !strips { scratch.append(YAMLByte.lineFeed) }
        events.append(ScannedYAMLEvent(scalar: style, line: startLine, column: startColumn, start: scratchStart,
                                       count: scratch.count - scratchStart, inScratch: true))
        return advanceToContent()
    }

    /// Copies a block scalar's lines, indented by `indent`, into `scratch` joined by `separator`;
    /// stops at the start of the first line indented less. Returns whether the last line ended
    /// with a line break, or nil for what is left to libyaml.
    private mutating func blockLines(indent: Int, separator: UInt8) -> Bool? {
        var first = true
        var afterBlankLine = false
        while true {
            let leading = spaces(from: position)
            let byte = peek(leading)
            if byte == YAMLByte.lineFeed || position + leading >= bytes.count {
                // A blank line: fine at the end, when it holds fewer spaces than the indentation.
                guard leading < indent else { return nil }
                afterBlankLine = true
                position += leading
                guard position < bytes.count else { break }
                takeLineBreak()
                continue
            }
            if leading < indent { break }
            guard leading == indent, !afterBlankLine else { return nil }
            if !first { scratch.append(separator) }
            first = false
            position += leading
            let textStart = position
            while peek() != YAMLByte.lineFeed, position < bytes.count { position += 1 }
            scratch.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[textStart..<position]))
            guard position < bytes.count else { return false }
            takeLineBreak()
        }
        return true
    }
}
