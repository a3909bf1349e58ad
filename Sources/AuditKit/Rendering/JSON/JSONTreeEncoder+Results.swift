/// Direct trees for the values a result holds by the hundred — control results, their reasons
/// and locations — so they skip the keyed containers, codings paths and member sorting of
/// `encode(to:)`. Each tree has the members `encode(to:)` would write, under the names the
/// context writes them, in the same order; `CanonicalJSONEncoderTests` compares the bytes with
/// Foundation's for every example result.
extension JSONTreeEncoder {
    /// The tree of `value` when it is one of these types; nil for any other.
    /// - Throws: what encoding a control's provenance throws.
    func resultTree<T: Encodable>(_ value: T) throws -> JSONValue? {
        if T.self == AuditResult.self, let result = value as? AuditResult { return try tree(of: result) }
        if T.self == [ControlResult].self, let controls = value as? [ControlResult] {
            return try tree(of: controls, isList: true)
        }
        if T.self == [Reason].self, let reasons = value as? [Reason] { return .array(reasons.map(Self.tree(of:))) }
        if T.self == SourceLocation.self, let location = value as? SourceLocation { return Self.tree(of: location) }
        if T.self == Reason.self, let reason = value as? Reason { return Self.tree(of: reason) }
        if T.self == ControlResult.self, let control = value as? ControlResult {
            return try tree(of: [control], isList: false)
        }
        if let score = scoreTree(value) { return score }
        if let record = recordTree(value) { return record }
        return Self.sarifTree(value)
    }

    static func tree(of location: SourceLocation) -> JSONValue {
        .object([JSONMember(key: "column", value: .integer(location.column)),
                 JSONMember(key: "file", value: .string(location.file)),
                 JSONMember(key: "line", value: .integer(location.line))])
    }

    static func tree(of reason: Reason) -> JSONValue {
        var members: [JSONMember] = []
        if let location = reason.location { members.append(JSONMember(key: "location", value: tree(of: location))) }
        members.append(JSONMember(key: "message", value: .string(reason.message)))
        return .object(members)
    }

    /// The members of `ControlResult.encode(to:)`, compact when `userInfo[.compactControls]` is,
    /// written straight to bytes when the tree is written: `controls` as an array (`isList`), or
    /// its one control.
    /// - Throws: `EncodingError.invalidValue` for a weight that is not finite; what encoding a
    ///   provenance throws.
    func tree(of controls: [ControlResult], isList: Bool) throws -> JSONValue {
        typealias Key = ControlResult.CodingKeys
        if let weight = controls.lazy.map(\.weight).first(where: { !$0.isFinite }) {
            _ = try number(weight, at: Key.weight)  // throws, with the coding path
        }
        return .direct(ControlResultJSON(
            controls: controls,
            provenances: try controls.mapInPlace { try $0.pointee.provenance.map { try box($0, at: Key.provenance) } },
            members: ControlMemberOrder.members(for: context), isList: isList,
            usesFragments: ControlMemberOrder.isSharedCompactOrder(for: context)))
    }
}
