/// A whole result's members, without the keyed container its synthesized `encode(to:)` would
/// go through: the members are named and ordered once per process (`JSONMemberOrder`), and each
/// value is boxed as `encode(to:)` boxes it (the same fast paths, the same coding paths). A
/// portfolio run encodes one result a manifest. `CanonicalJSONEncoderTests` compares the bytes
/// with Foundation's for every example result.
extension JSONTreeEncoder {
    /// The properties of `AuditResult`, in declaration order.
    static let resultMembers = JSONMemberOrder(
        ["format", "tool", "asOf", "deployment", "checklist", "inputs", "gate", "score", "exposure", "controls",
         "skipped", "evidence", "measurements", "waivers", "baseline"])

    /// The tree of `result`: its members in writing order, optional ones only when set.
    /// - Throws: what boxing a member throws (a weight or score that is not finite).
    func tree(of result: AuditResult) throws -> JSONValue {
        let order = Self.resultMembers.order(in: context)
        var members: [JSONMember] = []
        members.reserveCapacity(order.count)
        for (index, name) in order {
            let key = JSONCodingKey.name(Self.resultMembers.names[index])
            if let value = try member(index, of: result, at: key) {
                members.append(JSONMember(key: name.name, value: value))
            }
        }
        return .object(members)
    }

    /// The value of the member at `index` (in `resultMembers.names`); nil for an absent optional.
    private func member(_ index: Int, of result: AuditResult, at key: JSONCodingKey) throws -> JSONValue? {
        switch index {
        case 0: .string(result.format)
        case 1: try box(result.tool, at: key)
        case 2: try box(result.asOf, at: key)
        case 3: try box(result.deployment, at: key)
        case 4: try box(result.checklist, at: key)
        case 5: try box(result.inputs, at: key)
        case 6: try box(result.gate, at: key)
        case 7: try box(result.score, at: key)
        case 8: try result.exposure.map { try box($0, at: key) }
        case 9: try tree(of: result.controls, isList: true)
        case 10: try result.skipped.map { try box($0, at: key) }
        case 11: try box(result.evidence, at: key)
        case 12: try result.measurements.map { try box($0, at: key) }
        case 13: try box(result.waivers, at: key)
        default: try result.baseline.map { try box($0, at: key) }
        }
    }
}
