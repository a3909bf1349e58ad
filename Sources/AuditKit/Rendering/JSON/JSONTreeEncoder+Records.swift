/// Direct trees for the small records a result holds by the dozen — measurements, evidence
/// records, inputs and risk factors — which `Encodable` would otherwise walk through a keyed
/// container each. Each tree has the members the synthesized `encode(to:)` writes (optionals
/// left out when nil), named as the context names keys; `CanonicalJSONEncoderTests` compares
/// the bytes with Foundation's for every example result, and `RecordTreeTests` for each record
/// with its optional members set and absent.
extension JSONTreeEncoder {
    /// The tree of `value` when it is a list of one of these records; nil for any other.
    func recordTree<T: Encodable>(_ value: T) throws -> JSONValue? {
        if T.self == [MeasurementRecord].self, let records = value as? [MeasurementRecord] {
            return .array(try records.map(tree(of:)))
        }
        if T.self == [EvidenceRecord].self, let records = value as? [EvidenceRecord] {
            return .array(records.map(tree(of:)))
        }
        if T.self == [InputFile].self, let inputs = value as? [InputFile] { return .array(inputs.map(tree(of:))) }
        if T.self == [Exposure.FactorResult].self, let factors = value as? [Exposure.FactorResult] {
            return .array(factors.map(tree(of:)))
        }
        return nil
    }

    func tree(of record: MeasurementRecord) throws -> JSONValue {
        object([("category", .string(record.category)), ("evidence", .string(record.evidence)),
                ("tool", record.tool.map(JSONValue.string)), ("n", .integer(record.n)),
                ("passes", .integer(record.passes)),
                ("rate", try number(record.rate, at: JSONCodingKey.name("rate"))),
                ("lowerBound", try number(record.lowerBound, at: JSONCodingKey.name("lowerBound"))),
                ("collected", .string(record.collected.description))])
    }

    func tree(of record: EvidenceRecord) -> JSONValue {
        object([("id", .string(record.id)), ("kind", .string(record.kind.rawValue)),
                ("format", record.format.map { .string($0.rawValue) }), ("path", .string(record.path)),
                ("collected", record.collected.map { .string($0.description) }),
                ("maxAgeDays", .integer(record.maxAgeDays)), ("sha256", .string(record.sha256)),
                ("problem", record.problem.map(JSONValue.string)),
                ("location", Self.tree(of: record.location))])
    }

    func tree(of input: InputFile) -> JSONValue {
        object([("role", .string(input.role.rawValue)), ("path", .string(input.path)),
                ("sha256", .string(input.sha256))])
    }

    func tree(of factor: Exposure.FactorResult) -> JSONValue {
        object([("id", .string(factor.id)), ("points", .integer(factor.points)),
                ("status", .string(factor.status.rawValue)), ("reason", .string(factor.reason)),
                ("evidence", .array(factor.evidence.map(Self.tree(of:))))])
    }

    /// An object of the members that have a value, under the names the context gives the
    /// property names, in writing order.
    private func object(_ members: [(name: String, value: JSONValue?)]) -> JSONValue {
        var written: [JSONMember] = []
        written.reserveCapacity(members.count)
        for case let (name, value?) in members {
            written.append(JSONMember(key: context.snakeCase?.name(for: name) ?? name, value: value))
        }
        JSONKeyOrder.sortAndDeduplicate(&written)
        return .object(written)
    }
}
