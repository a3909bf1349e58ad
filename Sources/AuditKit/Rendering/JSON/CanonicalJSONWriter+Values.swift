/// The values results hold by the hundred, written straight into bytes by the direct writers
/// (`ControlResultJSON`, `JSONDirectRecords`) as `JSONTreeEncoder` would write their trees.
extension CanonicalJSONWriter {
    /// A finite number as Foundation writes it (`JSONValue.float`).
    /// - Throws: `EncodingError.invalidValue` for NaN and infinities, as Foundation does.
    mutating func writeNumber(_ value: Double) throws {
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
            writeString(location.file)
            append(",\"line\":")
            writeInteger(location.line)
            append("}")
            return
        }
        var object = try openContainer("{", depth: depth + 1)
        nextMember("column", in: &object)
        writeInteger(location.column)
        nextMember("file", in: &object)
        writeString(location.file)
        nextMember("line", in: &object)
        writeInteger(location.line)
        closeContainer("}")
    }

    /// `{"location":…,"message":…}` for each reason, the location only when there is one; the
    /// list's value at `depth`. Each reason is read in place (iterating copied each one).
    mutating func writeReasons(_ reasons: [Reason], depth: Int) throws {
        var array = try openContainer("[", depth: depth + 1)
        try reasons.withUnsafeBufferPointer { buffer in
            for reason in buffer.indices.lazy.map({ buffer.baseAddress.unsafelyUnwrapped + $0 }) {
                nextItem(in: &array)
                var object = try openContainer("{", depth: depth + 2)
                if let location = reason.pointee.location {
                    nextMember("location", in: &object)
                    try writeLocation(location, depth: depth + 2)
                }
                nextMember("message", in: &object)
                append("\"")
                reason.pointee.text.forEachPart { writeStringContents($0) }
                append("\"")
                closeContainer("}")
            }
        }
        closeContainer("]")
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
