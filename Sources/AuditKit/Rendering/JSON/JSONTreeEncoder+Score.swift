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
        var members: [JSONMember] = []
        func add(_ key: Key, _ value: JSONValue?) {
            if let value { members.append(JSONMember(key: context.name(for: key), value: value)) }
        }
        add(.overall, try score.overall.map { try number($0, at: Key.overall) })
        add(.withoutWaivers, try score.withoutWaivers.map { try number($0, at: Key.withoutWaivers) })
        add(.evidenceCoverage, try score.evidenceCoverage.map { try number($0, at: Key.evidenceCoverage) })
        add(.byRequirement, .array(try score.byRequirement.map(tree(of:))))
        add(.byArea, .array(try score.byArea.map(tree(of:))))
        add(.formula, .string(score.formula))
        JSONKeyOrder.sortAndDeduplicate(&members)
        return .object(members)
    }

    func tree(of line: ScoreSummary.Line) throws -> JSONValue {
        typealias Key = ScoreSummary.Line.CodingKeys
        var members: [JSONMember] = []
        func add(_ key: Key, _ value: JSONValue?) {
            if let value { members.append(JSONMember(key: context.name(for: key), value: value)) }
        }
        add(.id, .string(line.id))
        add(.title, .string(line.title))
        add(.score, try line.score.map { try number($0, at: Key.score) })
        add(.credit, try number(line.credit, at: Key.credit))
        add(.weight, try number(line.weight, at: Key.weight))
        add(.controls, .integer(line.controls))
        JSONKeyOrder.sortAndDeduplicate(&members)
        return .object(members)
    }
}
