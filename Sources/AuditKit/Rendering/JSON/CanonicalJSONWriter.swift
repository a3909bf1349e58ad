/// Writes a `JSONValue` as UTF-8 bytes in the layout of swift-foundation's `JSONWriter` with
/// `.sortedKeys` and `.withoutEscapingSlashes`: compact, or pretty with two-space indentation,
/// `" : "` between key and value, and empty containers as `[\n\n]` and `{\n\n}`.
struct CanonicalJSONWriter {
    /// Containers nested this deep are refused, as Foundation refuses them.
    static let maximumDepth = 512

    /// Indented over several lines, or on one line.
    let prettyPrinted: Bool
    /// The text written so far.
    var bytes: [UInt8] = []
    private var indent = 0

    /// Creates a writer, with room for a typical result so the text is rarely copied to grow.
    init(prettyPrinted: Bool) {
        self.prettyPrinted = prettyPrinted
        bytes.reserveCapacity(1 << 16)
    }

    /// Appends `value`.
    /// - Throws: `EncodingError.invalidValue` when containers nest `maximumDepth` deep.
    mutating func write(_ value: JSONValue, depth: Int = 0) throws {
        switch value {
        case .null: append("null")
        case .bool(let bool): append(bool ? "true" : "false")
        case .string(let string): writeString(string)
        case .number(let text): bytes.append(contentsOf: text.utf8)
        case .array(let elements):
            try writeContainer("[", "]", count: elements.count, depth: depth + 1) { writer, index in
                try writer.write(elements[index], depth: depth + 1)
            }
        case .object(let members):
            try writeContainer("{", "}", count: members.count, depth: depth + 1) { writer, index in
                writer.writeString(members[index].key)
                writer.append(writer.prettyPrinted ? " : " : ":")
                try writer.write(members[index].value, depth: depth + 1)
            }
        }
    }

    /// Brackets, separators and indentation around `count` items written by `item`.
    private mutating func writeContainer(
        _ open: StaticString, _ close: StaticString, count: Int, depth: Int,
        item: (inout CanonicalJSONWriter, Int) throws -> Void
    ) throws {
        guard depth < Self.maximumDepth else {
            throw EncodingError.invalidValue(depth, EncodingError.Context(
                codingPath: [], debugDescription: "Too many nested arrays or dictionaries."))
        }
        append(open)
        if prettyPrinted {
            bytes.append(UInt8(ascii: "\n"))
            indent += 1
        }
        for index in 0..<count {
            if index > 0 { append(prettyPrinted ? ",\n" : ",") }
            if prettyPrinted { writeIndent() }
            try item(&self, index)
        }
        if prettyPrinted {
            bytes.append(UInt8(ascii: "\n"))
            indent -= 1
            writeIndent()
        }
        append(close)
    }

    private mutating func writeIndent() {
        bytes.append(contentsOf: repeatElement(UInt8(ascii: " "), count: 2 * indent))
    }

    /// Appends ASCII text.
    mutating func append(_ text: StaticString) {
        text.withUTF8Buffer { bytes.append(contentsOf: $0) }
    }
}
