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
        .object(Self.measurementOrder.members([
            .string(record.category), .string(record.evidence), record.tool.map(JSONValue.string),
            .integer(record.n), .integer(record.passes),
            try number(record.rate, at: JSONCodingKey.name("rate")),
            try number(record.lowerBound, at: JSONCodingKey.name("lowerBound")),
            .string(record.collected.description),
        ], in: context))
    }

    func tree(of record: EvidenceRecord) -> JSONValue {
        .object(Self.evidenceOrder.members([
            .string(record.id), .string(record.kind.rawValue), record.format.map { .string($0.rawValue) },
            .string(record.path), record.collected.map { .string($0.description) },
            .integer(record.maxAgeDays), .string(record.sha256), record.problem.map(JSONValue.string),
            Self.tree(of: record.location),
        ], in: context))
    }

    func tree(of input: InputFile) -> JSONValue {
        .object(Self.inputOrder.members([.string(input.role.rawValue), .string(input.path),
                                         .string(input.sha256)], in: context))
    }

    func tree(of factor: Exposure.FactorResult) -> JSONValue {
        .object(Self.factorOrder.members([
            .string(factor.id), .integer(factor.points), .string(factor.status.rawValue),
            .string(factor.reason), .array(factor.evidence.map(Self.tree(of:))),
        ], in: context))
    }

    // The property names, in the order each `tree(of:)` gives the values.
    private static let measurementOrder = JSONMemberOrder(
        ["category", "evidence", "tool", "n", "passes", "rate", "lowerBound", "collected"])
    private static let evidenceOrder = JSONMemberOrder(
        ["id", "kind", "format", "path", "collected", "maxAgeDays", "sha256", "problem", "location"])
    private static let inputOrder = JSONMemberOrder(["role", "path", "sha256"])
    private static let factorOrder = JSONMemberOrder(["id", "points", "status", "reason", "evidence"])
}
