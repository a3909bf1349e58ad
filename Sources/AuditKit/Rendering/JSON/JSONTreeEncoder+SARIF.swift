/// Direct trees for the SARIF values a log holds by the hundred — one rule per control, one
/// result per unmet one — with the members their `encode(to:)` writes, in sorted order. The
/// SARIF golden file holds the bytes, and `CanonicalJSONEncoderTests` compares them with
/// Foundation's for every example. Keys are written as they are: SARIF is never snake-cased.
extension JSONTreeEncoder {
    /// The tree of `value` when it is a list of SARIF rules or results; nil for anything else.
    static func sarifTree<T: Encodable>(_ value: T) -> JSONValue? {
        if T.self == [SARIF.Rule].self, let rules = value as? [SARIF.Rule] { return .array(rules.map(tree(of:))) }
        if T.self == [SARIF.Result].self, let results = value as? [SARIF.Result] {
            return .array(results.map(tree(of:)))
        }
        return nil
    }

    static func tree(of rule: SARIF.Rule) -> JSONValue {
        let properties = rule.properties
        return sorted([
            ("id", .string(rule.id)), ("name", .string(rule.name)),
            ("shortDescription", tree(of: rule.shortDescription)), ("fullDescription", tree(of: rule.fullDescription)),
            ("help", tree(of: rule.help)),
            ("defaultConfiguration", sorted([("level", .string(rule.defaultConfiguration.level))])),
            ("properties", sorted([
                ("severity", .string(properties.severity)), ("area", .string(properties.area)),
                ("requirement", .string(properties.requirement)), ("refs", strings(properties.refs)),
                ("tags", strings(properties.tags)), ("security-severity", .string(properties.securitySeverity)),
            ])),
        ])
    }

    static func tree(of result: SARIF.Result) -> JSONValue {
        let properties = result.properties
        let fingerprints = result.partialFingerprints.map { ($0.key, JSONValue.string($0.value)) }
        return sorted([
            ("ruleId", .string(result.ruleId)), ("ruleIndex", .integer(result.ruleIndex)),
            ("level", .string(result.level)), ("message", sorted([("text", .string(result.message.text))])),
            ("locations", .array(result.locations.map(tree(of:)))), ("partialFingerprints", sorted(fingerprints)),
            ("properties", sorted([
                ("outcome", .string(properties.outcome)), ("severity", .string(properties.severity)),
                ("area", .string(properties.area)), ("requirement", .string(properties.requirement)),
                ("gate-relevant", .bool(properties.gateRelevant)),
            ])),
        ])
    }

    private static func tree(of location: SARIF.Location) -> JSONValue {
        let physical = location.physicalLocation
        return sorted([("physicalLocation", sorted([
            ("artifactLocation", sorted([("uri", .string(physical.artifactLocation.uri))])),
            ("region", sorted([("startLine", .integer(physical.region.startLine)),
                               ("startColumn", .integer(physical.region.startColumn))])),
        ]))])
    }

    private static func tree(of text: SARIF.Text) -> JSONValue {
        sorted([("text", .string(text.text))] + (text.markdown.map { [("markdown", .string($0))] } ?? []))
    }

    private static func strings(_ values: [String]) -> JSONValue { .array(values.map(JSONValue.string)) }

    /// An object of `members`, keys in the encoder's order.
    private static func sorted(_ members: [(String, JSONValue)]) -> JSONValue {
        var list = members.map { JSONMember(key: $0.0, value: $0.1) }
        JSONKeyOrder.sortAndDeduplicate(&list)
        return .object(list)
    }
}
