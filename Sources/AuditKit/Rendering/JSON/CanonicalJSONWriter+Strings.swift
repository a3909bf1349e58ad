/// String escaping as in swift-foundation's `JSONWriter.serializeString`: `"` and `\` escaped,
/// `\b \f \n \r \t` by name, other bytes below 0x20 as `\u00xx` in lower-case hex; `/`, DEL and
/// everything beyond ASCII written as they are, in UTF-8.
extension CanonicalJSONWriter {
    private static let quote = UInt8(ascii: "\"")
    private static let backslash = UInt8(ascii: "\\")

    /// Appends `string` quoted and escaped.
    mutating func writeString(_ string: String) {
        appendByte(UInt8(ascii: "\""))
        writeStringContents(string)
        appendByte(UInt8(ascii: "\""))
    }

    /// Appends `string` escaped, without quotes: one piece of a string written in pieces.
    mutating func writeStringContents(_ string: String) {
        // Read in place: a `var` copy for `withUTF8` costs a retain and a release per string.
        if string.utf8.withContiguousStorageIfAvailable({ writeEscaped($0) }) != nil { return }
        var text = string
        text.withUTF8 { writeEscaped($0) }
    }

    /// Appends `utf8` escaped, without quotes.
    mutating func writeEscaped(_ utf8: UnsafeBufferPointer<UInt8>) {
        var (start, index) = (0, 0)
        while index < utf8.count {
            // Eight bytes at a time while none of them needs escaping (most text has none);
            // the last few with the bytes before them.
            if index + 8 <= utf8.count, !Self.needsEscape(ByteWord.load(at: index, of: utf8)) {
                index += 8
                continue
            }
            if index + 8 > utf8.count, utf8.count >= 8,
               !Self.needsEscape(ByteWord.load(at: utf8.count - 8, of: utf8)) {
                break
            }
            let byte = utf8[index]
            if byte < 0x20 || byte == Self.quote || byte == Self.backslash {
                appendBytes(UnsafeBufferPointer(rebasing: utf8[start..<index]))
                appendEscape(for: byte)
                start = index + 1
            }
            index += 1
        }
        appendBytes(UnsafeBufferPointer(rebasing: utf8[start...]))
    }

    /// Whether any of `word`'s eight bytes is below 0x20, a quote or a backslash; each test is
    /// exact for the word as a whole.
    @inline(__always)
    private static func needsEscape(_ word: UInt64) -> Bool {
        ByteWord.hasByte(below: 0x20, in: word) || ByteWord.hasZeroByte(word ^ ByteWord.repeated(quote))
            || ByteWord.hasZeroByte(word ^ ByteWord.repeated(backslash))
    }

    /// Appends `value` in decimal, as its `description`.
    mutating func writeInteger(_ value: Int) {
        guard value >= 0, value < 100_000 else {
            appendUTF8(value.description)
            return
        }
        // Line and column numbers: digits straight into the buffer, from the last one, by
        // division by the constant 10, which compiles to a multiplication (dividing by a
        // varying power of ten took a hardware division per digit).
        if value < 10 { return appendByte(UInt8(ascii: "0") + UInt8(truncatingIfNeeded: value)) }
        let count = value < 100 ? 2 : value < 1_000 ? 3 : value < 10_000 ? 4 : 5
        if byteCapacity - byteCount < count { grow(toHold: count) }
        var (rest, offset) = (value, byteCount + count)
        repeat {
            offset -= 1
            byteStart[offset] = UInt8(ascii: "0") + UInt8(truncatingIfNeeded: rest % 10)
            rest /= 10
        } while offset > byteCount
        byteCount += count
    }

    private mutating func appendEscape(for byte: UInt8) {
        switch byte {
        case UInt8(ascii: "\""): append("\\\"")
        case UInt8(ascii: "\\"): append("\\\\")
        case 0x08: append("\\b")
        case 0x0C: append("\\f")
        case UInt8(ascii: "\n"): append("\\n")
        case UInt8(ascii: "\r"): append("\\r")
        case UInt8(ascii: "\t"): append("\\t")
        default:
            append("\\u00")
            appendByte(Self.hexDigit(byte >> 4))
            appendByte(Self.hexDigit(byte & 0xF))
        }
    }

    private static func hexDigit(_ value: UInt8) -> UInt8 {
        value < 10 ? UInt8(ascii: "0") + value : UInt8(ascii: "a") + value - 10
    }
}
