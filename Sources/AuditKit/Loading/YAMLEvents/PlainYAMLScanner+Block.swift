/// Block collections: mappings of plain keys, and sequences of `- ` entries.
extension PlainYAMLScanner {
    /// The byte just past a plain key at `position` — a letter, digit or `_`, then those or
    /// `-` `.` — when a `:` follows it and then a space or the line's end; nil otherwise.
    func keyEnd() -> Int? {
        guard YAMLByte.isKeyStart(peek()) else { return nil }
        var length = 1
        while YAMLByte.isKeyByte(peek(length)) { length += 1 }
        guard length <= 128, peek(length) == YAMLByte.colon, YAMLByte.isBlankOrEnd(peek(length + 1))
        else { return nil }
        return position + length
    }

    /// A plain key and its `:`, recorded as a scalar.
    mutating func key() -> Bool {
        guard let end = keyEnd() else { return false }
        scalar(.plain, at: position, start: position, count: end - position)
        position = end + 1
        return true
    }

    /// `- ` (or `-` at the line's end) at `position`.
    func startsEntry() -> Bool { peek() == YAMLByte.minus && YAMLByte.isBlankOrEnd(peek(1)) }

    /// A block mapping whose keys start at column `indent` + 1, from its first key.
    mutating func blockMapping(indent: Int) -> Bool {
        guard open(.mappingStart) else { return false }
        repeat {
            guard key(), value(in: indent) else { return false }
        } while nextIndent == indent
        guard nextIndent < indent else { return false }
        close(.mappingEnd)
        return true
    }

    /// A block sequence whose `-` stand at column `indent` + 1, from its first `-`. An
    /// indentless sequence (the value of a key in the same column) ends at the next key.
    mutating func blockSequence(indent: Int, indentless: Bool) -> Bool {
        guard open(.sequenceStart) else { return false }
        repeat {
            position += 1
            guard peek() == YAMLByte.space else { return false }
            position += spaces(from: position)
            guard entry(in: indent) else { return false }
        } while nextIndent == indent && startsEntry()
        guard nextIndent < indent || (indentless && nextIndent == indent) else { return false }
        close(.sequenceEnd)
        return true
    }

    /// A sequence entry after its `- `: a mapping that starts on the same line, or a node.
    private mutating func entry(in indent: Int) -> Bool {
        if keyEnd() != nil { return blockMapping(indent: position - lineStart) }
        return inlineNode(in: indent)
    }

    /// A mapping value after its `:`, in a mapping whose keys are at column `indent` + 1: on the
    /// same line, or a collection on the lines below. An empty value is left to libyaml.
    mutating func value(in indent: Int) -> Bool {
        let gap = spaces(from: position)
        let next = peek(gap)
        guard next == YAMLByte.lineFeed || next == YAMLByte.hash || position + gap >= bytes.count else {
            position += gap
            return inlineNode(in: indent)
        }
        guard finishLine() else { return false }
        if nextIndent == indent, startsEntry() { return blockSequence(indent: indent, indentless: true) }
        guard nextIndent > indent else { return false }
        if startsEntry() { return blockSequence(indent: nextIndent, indentless: false) }
        return keyEnd() != nil && blockMapping(indent: nextIndent)
    }

    /// A node that starts on the current line, in a block collection at column `indent` + 1,
    /// and the rest of that line.
    mutating func inlineNode(in indent: Int) -> Bool {
        switch peek() {
        case YAMLByte.pipe, YAMLByte.greater: return blockScalar(in: indent)
        case YAMLByte.openBrace, YAMLByte.openBracket:
            return flowNode(in: indent) && finishLine()
        case YAMLByte.singleQuote, YAMLByte.doubleQuote: return quoted() && finishLine()
        default: return plainScalar(inFlow: false) && finishLine()
        }
    }
}
