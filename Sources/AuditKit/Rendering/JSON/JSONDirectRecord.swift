/// A record written straight into the writer's bytes, member by member in an order made once
/// per process, instead of being built as a tree and then written: a result holds dozens of
/// them (score lines, measurements, evidence records, inputs, risk factors). Its members,
/// names and order are those of its synthesized `encode(to:)`; `RecordTreeTests` and
/// `CanonicalJSONEncoderTests` compare the bytes with Foundation's.
protocol JSONDirectRecord {
    /// The property names in declaration order: the indexes `writeMember` is called with.
    static var memberOrder: JSONMemberOrder { get }

    /// Writes the member at `index`: its `name` (through `writer.nextMember`), then its value;
    /// nothing when it is an optional without a value. A nested value is written at
    /// `object.depth`, its own records named as `context` names keys.
    /// - Throws: `EncodingError.invalidValue` for a number that is not finite, or for nesting
    ///   too deep.
    func writeMember(_ index: Int, named name: JSONKeyText, to writer: inout CanonicalJSONWriter,
                     in object: inout CanonicalJSONWriter.Container, context: JSONEncodingContext) throws
}

/// Records of one type written as a JSON array of objects, or one record as an object.
struct JSONDirectRecords<Record: JSONDirectRecord>: JSONDirectValue {
    let records: [Record]
    /// Written as an array; otherwise `records` holds the one record to write.
    let isList: Bool
    /// The members in writing order, named as the encoding names keys.
    let order: [(index: Int, name: JSONKeyText)]
    /// The encoding's options, for nested records.
    let context: JSONEncodingContext

    /// Records to write with `context`'s key names.
    init(_ records: [Record], isList: Bool, in context: JSONEncodingContext) {
        (self.records, self.isList, self.context) = (records, isList, context)
        order = Record.memberOrder.order(in: context)
    }

    func write(to writer: inout CanonicalJSONWriter, depth: Int) throws {
        guard isList else {
            guard let only = records.first else { return }
            return try write(only, to: &writer, depth: depth)
        }
        var array = try writer.openContainer("[", depth: depth + 1)
        for record in records {
            writer.nextItem(in: &array)
            try write(record, to: &writer, depth: depth + 1)
        }
        writer.closeContainer("]")
    }

    private func write(_ record: Record, to writer: inout CanonicalJSONWriter, depth: Int) throws {
        var object = try writer.openContainer("{", depth: depth + 1)
        for (index, name) in order {
            try record.writeMember(index, named: name, to: &writer, in: &object, context: context)
        }
        writer.closeContainer("}")
    }
}
