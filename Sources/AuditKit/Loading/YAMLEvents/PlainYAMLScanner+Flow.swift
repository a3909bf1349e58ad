/// Flow collections: `{key: value, …}` and `[item, …]`, also across lines.
extension PlainYAMLScanner {
    /// A node inside a flow collection (or a flow collection itself), in a block collection at
    /// column `indent` + 1: each of its lines after the first must be indented deeper.
    mutating func flowNode(in indent: Int) -> Bool {
        switch peek() {
        case YAMLByte.openBrace: flowMapping(in: indent)
        case YAMLByte.openBracket: flowSequence(in: indent)
        case YAMLByte.singleQuote, YAMLByte.doubleQuote: quoted()
        default: plainScalar(inFlow: true)
        }
    }

    /// `[item, …]`; no trailing comma, no single-pair mappings.
    private mutating func flowSequence(in indent: Int) -> Bool {
        guard open(.sequenceStart) else { return false }
        position += 1
        guard skipFlowSpace(in: indent) else { return false }
        if peek() != YAMLByte.closeBracket {
            guard items(until: YAMLByte.closeBracket, in: indent, { $0.flowNode(in: indent) }) else {
                return false
            }
        }
        guard peek() == YAMLByte.closeBracket else { return false }
        position += 1
        close(.sequenceEnd)
        return true
    }

    /// `{key: value, …}` with plain keys, each with a value.
    private mutating func flowMapping(in indent: Int) -> Bool {
        guard open(.mappingStart) else { return false }
        position += 1
        guard skipFlowSpace(in: indent) else { return false }
        if peek() != YAMLByte.closeBrace {
            let pair: (inout PlainYAMLScanner) -> Bool = { scanner in
                scanner.key() && scanner.skipFlowSpace(in: indent) && scanner.flowNode(in: indent)
            }
            guard items(until: YAMLByte.closeBrace, in: indent, pair) else { return false }
        }
        guard peek() == YAMLByte.closeBrace else { return false }
        position += 1
        close(.mappingEnd)
        return true
    }

    /// Items separated by commas, up to (not past) `closing`.
    private mutating func items(until closing: UInt8, in indent: Int,
                                _ item: (inout PlainYAMLScanner) -> Bool) -> Bool {
        while true {
            guard item(&self), skipFlowSpace(in: indent) else { return false }
            guard peek() == YAMLByte.comma else { return true }
            position += 1
            guard skipFlowSpace(in: indent), peek() != closing else { return false }
        }
    }

    /// Spaces, line breaks and comments between flow tokens. A comment must follow a space or
    /// a line break, and a line that holds anything must be indented past `indent`.
    private mutating func skipFlowSpace(in indent: Int) -> Bool {
        var afterBlank = position > 0 && YAMLByte.isBlankOrEnd(bytes[position - 1])
        while true {
            switch peek() {
            case YAMLByte.space: position += 1
            case YAMLByte.lineFeed:
                takeLineBreak()
                let leading = spaces(from: position)
                let first = peek(leading)
                guard leading > indent || first == YAMLByte.lineFeed else { return false }
            case YAMLByte.hash:
                guard afterBlank else { return false }
                skipComment()
            default: return true
            }
            afterBlank = true
        }
    }
}
