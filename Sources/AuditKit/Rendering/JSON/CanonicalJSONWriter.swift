import Foundation

/// Writes a `JSONValue` as UTF-8 bytes in the layout of swift-foundation's `JSONWriter` with
/// `.sortedKeys` and `.withoutEscapingSlashes`: compact, or pretty with two-space indentation,
/// `" : "` between key and value, and empty containers as `[\n\n]` and `{\n\n}`.
struct CanonicalJSONWriter: ~Copyable {
    /// Containers nested this deep are refused, as Foundation refuses them.
    static let maximumDepth = 512

    /// Indented over several lines, or on one line.
    let prettyPrinted: Bool
    /// The bytes written: `byteCount` of `byteCapacity` at `byteStart`, owned by the writer
    /// (see `CanonicalJSONWriter+Buffer.swift`).
    var byteStart: UnsafeMutablePointer<UInt8>
    var byteCount = 0
    var byteCapacity: Int
    private var indent = 0
    /// The file of the last location written, and where its quoted text lies in the bytes.
    var lastFile: (name: FileName, start: Int, count: Int)?

    /// The room a writer starts with: more than a portfolio result's line (66–69 KB), and
    /// under the 128 KiB from which glibc's `malloc` maps a block of its own. At 128 KiB, every
    /// line's writer was an `mmap`, its shrinking in `finish` an `mremap` and its free a
    /// `munmap` (which makes the other core drop its TLB entries): three system calls a
    /// manifest. A block from the heap is reused by the next line.
    static let defaultCapacity = 120 << 10

    /// Creates a writer, by default with room for a typical result so the text is rarely
    /// copied to grow.
    init(prettyPrinted: Bool, capacity: Int = defaultCapacity) {
        self.prettyPrinted = prettyPrinted
        byteCapacity = max(capacity, 1)
        byteStart = Self.resized(nil, to: byteCapacity)
    }

    deinit { free(byteStart) }

    /// The text written, handed over without a copy (its memory shrunk to fit), and the writer
    /// done with.
    consuming func finish() -> JSONBytes {
        let start = Self.resized(byteStart, to: max(byteCount, 1))
        let count = byteCount
        discard self
        return JSONBytes(takingOver: UnsafeMutableRawPointer(start), count: count)
    }

    /// Appends `value`.
    /// - Throws: `EncodingError.invalidValue` when containers nest `maximumDepth` deep.
    mutating func write(_ value: JSONValue, depth: Int = 0) throws {
        switch value {
        case .null: append("null")
        case .bool(let bool): append(bool ? "true" : "false")
        case .string(let string): writeString(string)
        case .number(let text): appendUTF8(text)
        case .array(let elements):
            try writeContainer("[", "]", count: elements.count, depth: depth + 1) { writer, index in
                try writer.write(elements[index], depth: depth + 1)
            }
        case .object(let members):
            var object = try openContainer("{", depth: depth + 1)
            for member in members {
                nextMember(member.key, in: &object)
                try write(member.value, depth: depth + 1)
            }
            closeContainer("}")
        case .direct(let value):
            try value.write(to: &self, depth: depth)
        }
    }

    /// Brackets, separators and indentation around `count` items written by `item`.
    private mutating func writeContainer(
        _ open: StaticString, _ close: StaticString, count: Int, depth: Int,
        item: (inout CanonicalJSONWriter, Int) throws -> Void
    ) throws {
        var container = try openContainer(open, depth: depth)
        for index in 0..<count {
            nextItem(in: &container)
            try item(&self, index)
        }
        closeContainer(close)
    }

    /// Starts an array or object written item by item (`nextItem`, then `closeContainer`).
    /// - Throws: `EncodingError.invalidValue` when containers nest `maximumDepth` deep.
    mutating func openContainer(_ open: StaticString, depth: Int) throws -> Container {
        guard depth < Self.maximumDepth else {
            throw EncodingError.invalidValue(depth, EncodingError.Context(
                codingPath: [], debugDescription: "Too many nested arrays or dictionaries."))
        }
        append(open)
        if prettyPrinted {
            appendByte(UInt8(ascii: "\n"))
            indent += 1
        }
        return Container(depth: depth)
    }

    /// The separator and indentation before the next item of `container`.
    @inline(__always)
    mutating func nextItem(in container: inout Container) {
        if container.hasItems {
            if prettyPrinted { append(",\n") } else { appendByte(UInt8(ascii: ",")) }
        }
        container.hasItems = true
        if prettyPrinted { writeIndent() }
    }

    /// The next member's key of an object opened with `openContainer`, and the colon after it.
    mutating func nextMember(_ key: String, in container: inout Container) {
        nextItem(in: &container)
        writeString(key)
        append(prettyPrinted ? " : " : ":")
    }

    /// The next member's key, written ahead of time (`JSONKeyText`), and the colon after it.
    mutating func nextMember(_ key: JSONKeyText, in container: inout Container) {
        nextItem(in: &container)
        appendBytes(key.quoted)
        if prettyPrinted { append(" : ") } else { appendByte(UInt8(ascii: ":")) }
    }

    /// The next member's key, a literal that needs no escaping, and the colon after it.
    mutating func nextMember(literal key: StaticString, in container: inout Container) {
        nextItem(in: &container)
        appendByte(UInt8(ascii: "\""))
        append(key)
        if prettyPrinted { append("\" : ") } else { append("\":") }
    }

    /// Ends the container opened last.
    mutating func closeContainer(_ close: StaticString) {
        if prettyPrinted {
            appendByte(UInt8(ascii: "\n"))
            indent -= 1
            writeIndent()
        }
        append(close)
    }

    /// An array or object being written item by item.
    struct Container {
        /// How deep it is nested: 1 for the outermost.
        let depth: Int
        /// Whether an item has been written, so the next needs a separator.
        fileprivate(set) var hasItems = false

        init(depth: Int) { self.depth = depth }

        /// A container with items written before (`hasItems`), or none: for a part of an
        /// object written on its own and copied in later (`ControlFragments`).
        init(depth: Int, hasItems: Bool) { (self.depth, self.hasItems) = (depth, hasItems) }

        /// Records that items were written into the container other than by `nextItem`.
        mutating func markItemsWritten() { hasItems = true }
    }

    private mutating func writeIndent() {
        appendByte(UInt8(ascii: " "), times: 2 * indent)
    }
}
