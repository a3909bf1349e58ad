/// Direct trees for a SARIF log, with the members each part's `encode(to:)` writes, in sorted
/// order: encoded, each part's first use had the runtime look up its conformances, a scan of
/// every conformance record in the binary each time. `CanonicalJSONEncoderTests` compares the
/// bytes with what Foundation encodes from the same log, for every example. Keys are written as
/// they are: SARIF is never snake-cased.
extension JSONTreeEncoder {
    /// The tree of `value` when it is a SARIF log, or a list of its rules or results; nil for
    /// anything else.
    static func sarifTree<T: Encodable>(_ value: T) -> JSONValue? {
        if T.self == SARIF.Log.self, let log = value as? SARIF.Log { return tree(of: log) }
        if T.self == [SARIF.Rule].self, let rules = value as? [SARIF.Rule] { return .array(rules.map(tree(of:))) }
        if T.self == [SARIF.Result].self, let results = value as? [SARIF.Result] {
            return .array(results.map(tree(of:)))
        }
        return nil
    }

    /// The tree of the whole log.
    private static func tree(of log: SARIF.Log) -> JSONValue {
        sorted([("$schema", .string(log.schema)), ("version", .string(log.version)),
                ("runs", .array(log.runs.map(tree(of:))))])
    }

    private static func tree(of run: SARIF.Run) -> JSONValue {
        let driver = run.tool.driver
        return sorted([
            ("tool", sorted([("driver", sorted([
                ("name", .string(driver.name)), ("version", .string(driver.version)),
                ("rules", .array(driver.rules.map(tree(of:)))),
            ]))])),
            ("automationDetails", sorted([("id", .string(run.automationDetails.id))])),
            ("columnKind", .string(run.columnKind)), ("results", .array(run.results.map(tree(of:)))),
            ("properties", tree(of: run.properties)),
        ])
    }

    private static func tree(of properties: SARIF.RunProperties) -> JSONValue {
        let gate = properties.gate
        return sorted([
            ("as-of", .string(properties.asOf)), ("deployment", .string(properties.deployment)),
            ("checklist", .string(properties.checklist)),
            ("gate", sorted([("verdict", .string(gate.verdict)), ("fail-on", .string(gate.failOn)),
                             ("reasons", strings(gate.reasons))] + number("min-score", gate.minScore))),
        ] + number("score", properties.score) + number("score-without-waivers", properties.scoreWithoutWaivers))
    }

    /// The member `key` for a number that is there, none for nil (as `encodeIfPresent` leaves
    /// it out). Scores and thresholds are finite; a value that is not is written as null.
    private static func number(_ key: String, _ value: Double?) -> [(String, JSONValue)] {
        value.map { [(key, JSONValue.float($0) ?? .null)] } ?? []
    }

    private static func tree(of rule: SARIF.Rule) -> JSONValue {
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

    private static func tree(of result: SARIF.Result) -> JSONValue {
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
