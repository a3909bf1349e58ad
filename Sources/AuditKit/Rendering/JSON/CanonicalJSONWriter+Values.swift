/// The values results hold by the hundred, written straight into bytes by the direct writers
/// (`ControlResultJSON`, `JSONDirectRecords`) as `JSONTreeEncoder` would write their trees.
extension CanonicalJSONWriter {
    /// A finite number as Foundation writes it (`JSONValue.float`).
    /// - Throws: `EncodingError.invalidValue` for NaN and infinities, as Foundation does.
    mutating func writeNumber(_ value: Double) throws {
        // Whole numbers (weights, credits, counts) as their integer's digits, with no string in
        // between: what `JSONValue.float` gives them.
        if value >= 0, value < 1e15, value.rounded(.towardZero) == value, value.sign == .plus {
            return writeInteger(Int(value))
        }
        guard case .number(let text)? = JSONValue.float(value) else {
            throw EncodingError.invalidValue(value, EncodingError.Context(
                codingPath: [], debugDescription: "Unable to encode Double.\(value) directly in JSON."))
        }
        appendUTF8(text)
    }

    /// `{"column":…,"file":…,"line":…}`, the location's value at `depth`; on one line in a few
    /// appends when compact, as a result has hundreds.
    mutating func writeLocation(_ location: SourceLocation, depth: Int) throws {
        if !prettyPrinted, depth + 1 < Self.maximumDepth {
            append("{\"column\":")
            writeInteger(location.column)
            append(",\"file\":")
            writeFile(location.fileName)
            append(",\"line\":")
            writeInteger(location.line)
            append("}")
            return
        }
        var object = try openContainer("{", depth: depth + 1)
        nextMember(literal: "column", in: &object)
        writeInteger(location.column)
        nextMember(literal: "file", in: &object)
        writeFile(location.fileName)
        nextMember(literal: "line", in: &object)
        writeInteger(location.line)
        closeContainer("}")
    }

    /// A location's file, quoted: when it is the last location's file (a result names its
    /// manifest in ≈ 290 locations), a copy of the bytes written then, without escaping it again.
    private mutating func writeFile(_ file: FileName) {
        if let last = lastFile, last.name == file {
            if byteCapacity - byteCount < last.count { grow(toHold: last.count) }
            // The copy lies wholly before `byteCount`, so the two ranges do not overlap.
            (byteStart + byteCount).update(from: byteStart + last.start, count: last.count)
            byteCount += last.count
            return
        }
        let start = byteCount
        appendByte(UInt8(ascii: "\""))
        writeEscaped(file.utf8)
        appendByte(UInt8(ascii: "\""))
        lastFile = (file, start, byteCount - start)
    }

    /// `{"location":…,"message":…}` for each reason, the location only when there is one; the
    /// list's value at `depth`. Each reason is read in place (iterating copied each one).
    mutating func writeReasons(_ reasons: [Reason], depth: Int) throws {
        // Compact, each reason is a few literals around its numbers, file and message: a line
        // has ≈ 180 reasons, and opening, separating and closing them member by member cost a
        // third of writing them.
        let compact = !prettyPrinted && depth + 3 < Self.maximumDepth
        var array = try openContainer("[", depth: depth + 1)
        try reasons.withUnsafeBufferPointer { buffer in
            for reason in buffer.indices.lazy.map({ buffer.baseAddress.unsafelyUnwrapped + $0 }) {
                nextItem(in: &array)
                if compact {
                    writeCompactReason(reason)
                    continue
                }
                var object = try openContainer("{", depth: depth + 2)
                if let location = reason.pointee.location {
                    nextMember(literal: "location", in: &object)
                    try writeLocation(location, depth: depth + 2)
                }
                nextMember(literal: "message", in: &object)
                writeMessage(of: reason)
                closeContainer("}")
            }
        }
        closeContainer("]")
    }

    /// One reason, compact: what `openContainer`, `nextMember` and `writeLocation` write.
    private mutating func writeCompactReason(_ reason: UnsafePointer<Reason>) {
        if let location = reason.pointee.location {
            append("{\"location\":{\"column\":")
            writeInteger(location.column)
            append(",\"file\":")
            writeFile(location.fileName)
            append(",\"line\":")
            writeInteger(location.line)
            append("},\"message\":")
        } else {
            append("{\"message\":")
        }
        writeMessage(of: reason)
        appendByte(UInt8(ascii: "}"))
    }

    /// The reason's sentence, quoted, written piece by piece.
    private mutating func writeMessage(of reason: UnsafePointer<Reason>) {
        appendByte(UInt8(ascii: "\""))
        reason.pointee.text.forEachPart { piece in
            switch piece {
            case .literal(let literal): append(literal)
            case .text(let text): writeStringContents(text)
            case .interned(let name): writeEscaped(name.utf8)
            case .integer(let integer): writeInteger(integer)
            }
        }
        appendByte(UInt8(ascii: "\""))
    }

    /// The member `name` with `string` as its value; nothing when there is no string (an
    /// optional member left out, as `encodeIfPresent` leaves it out).
    mutating func writeMember(_ name: JSONKeyText, _ string: String?, in object: inout Container) {
        guard let string else { return }
        nextMember(name, in: &object)
        writeString(string)
    }

    /// A list of strings, the list's value at `depth`.
    mutating func writeStrings(_ strings: [String], depth: Int) throws {
        var array = try openContainer("[", depth: depth + 1)
        for string in strings {
            nextItem(in: &array)
            writeString(string)
        }
        closeContainer("]")
    }
}
