/// Direct trees for a result's score and its breakdown lines (≈ 20 a result), as
/// `JSONTreeEncoder+Results.swift` has for controls: the members `encode(to:)` would write,
/// under the names the context writes them. `CanonicalJSONEncoderTests` compares the bytes with
/// Foundation's for every example result.
extension JSONTreeEncoder {
    /// The tree of `value` when it is a score or a list of score lines; nil for any other.
    func scoreTree<T: Encodable>(_ value: T) throws -> JSONValue? {
        if T.self == ScoreSummary.self, let score = value as? ScoreSummary { return try tree(of: score) }
        if T.self == [ScoreSummary.Line].self, let lines = value as? [ScoreSummary.Line] {
            return .array(try lines.map(tree(of:)))
        }
        return nil
    }

    func tree(of score: ScoreSummary) throws -> JSONValue {
        typealias Key = ScoreSummary.CodingKeys
        // In `Key.allCases` order.
        return .object(Self.scoreOrder.members([
            try score.overall.map { try number($0, at: Key.overall) },
            try score.withoutWaivers.map { try number($0, at: Key.withoutWaivers) },
            try score.evidenceCoverage.map { try number($0, at: Key.evidenceCoverage) },
            .array(try score.byRequirement.map(tree(of:))),
            .array(try score.byArea.map(tree(of:))),
            .string(score.formula),
        ], in: context))
    }

    func tree(of line: ScoreSummary.Line) throws -> JSONValue {
        typealias Key = ScoreSummary.Line.CodingKeys
        // In `Key.allCases` order.
        return .object(Self.lineOrder.members([
            .string(line.id), .string(line.title), try line.score.map { try number($0, at: Key.score) },
            try number(line.credit, at: Key.credit), try number(line.weight, at: Key.weight),
            .integer(line.controls),
        ], in: context))
    }

    private static let scoreOrder = JSONMemberOrder(ScoreSummary.CodingKeys.allCases.map(\.stringValue))
    private static let lineOrder = JSONMemberOrder(ScoreSummary.Line.CodingKeys.allCases.map(\.stringValue))
}
