/// A SARIF log written straight into bytes, each object's members in the encoder's order
/// (sorted by their UTF-8 bytes), as `JSONTreeEncoder` would write the log's tree: built as a
/// tree, the log of one result was ≈ 8 M instructions of trees made, sorted and freed only to
/// be written once. `CanonicalJSONEncoderTests` compares the bytes with what Foundation
/// encodes from the same log, for every example and for the members that may be left out.
/// Keys are written as they are: SARIF is never snake-cased.
struct SARIFLogJSON: JSONDirectValue {
    let log: SARIF.Log

    func write(to writer: inout CanonicalJSONWriter, depth: Int) throws {
        try Self.object(&writer, depth) { writer, object in
            writer.member("$schema", log.schema, in: &object)
            writer.nextMember(literal: "runs", in: &object)
            try Self.array(log.runs, &writer, object.depth, Self.run)
            writer.member("version", log.version, in: &object)
        }
    }

    private static func run(_ run: SARIF.Run, _ writer: inout CanonicalJSONWriter, _ depth: Int) throws {
        try object(&writer, depth) { writer, object in
            writer.nextMember(literal: "automationDetails", in: &object)
            try Self.object(with: "id", run.automationDetails.id, &writer, object.depth)
            writer.member("columnKind", run.columnKind, in: &object)
            writer.nextMember(literal: "properties", in: &object)
            try properties(run.properties, &writer, object.depth)
            writer.nextMember(literal: "results", in: &object)
            try array(run.results, &writer, object.depth, result)
            writer.nextMember(literal: "tool", in: &object)
            try Self.object(&writer, object.depth) { writer, tool in
                writer.nextMember(literal: "driver", in: &tool)
                try driver(run.tool.driver, &writer, tool.depth)
            }
        }
    }

    private static func driver(_ driver: SARIF.Driver, _ writer: inout CanonicalJSONWriter, _ depth: Int) throws {
        try object(&writer, depth) { writer, object in
            writer.member("name", driver.name, in: &object)
            writer.nextMember(literal: "rules", in: &object)
            try array(driver.rules, &writer, object.depth, rule)
            writer.member("version", driver.version, in: &object)
        }
    }

    private static func rule(_ rule: SARIF.Rule, _ writer: inout CanonicalJSONWriter, _ depth: Int) throws {
        try object(&writer, depth) { writer, object in
            writer.nextMember(literal: "defaultConfiguration", in: &object)
            try Self.object(with: "level", rule.defaultConfiguration.level, &writer, object.depth)
            writer.nextMember(literal: "fullDescription", in: &object)
            try text(rule.fullDescription, &writer, object.depth)
            writer.nextMember(literal: "help", in: &object)
            try text(rule.help, &writer, object.depth)
            writer.member("id", rule.id, in: &object)
            writer.member("name", rule.name, in: &object)
            writer.nextMember(literal: "properties", in: &object)
            try ruleProperties(rule.properties, &writer, object.depth)
            writer.nextMember(literal: "shortDescription", in: &object)
            try text(rule.shortDescription, &writer, object.depth)
        }
    }

    private static func ruleProperties(_ properties: SARIF.RuleProperties, _ writer: inout CanonicalJSONWriter,
                                       _ depth: Int) throws {
        try object(&writer, depth) { writer, object in
            writer.member("area", properties.area, in: &object)
            writer.nextMember(literal: "refs", in: &object)
            try writer.writeStrings(properties.refs, depth: object.depth)
            writer.member("requirement", properties.requirement, in: &object)
            writer.member("security-severity", properties.securitySeverity, in: &object)
            writer.member("severity", properties.severity, in: &object)
            writer.nextMember(literal: "tags", in: &object)
            try writer.writeStrings(properties.tags, depth: object.depth)
        }
    }

    private static func result(_ result: SARIF.Result, _ writer: inout CanonicalJSONWriter, _ depth: Int) throws {
        try object(&writer, depth) { writer, object in
            writer.member("level", result.level, in: &object)
            writer.nextMember(literal: "locations", in: &object)
            try array(result.locations, &writer, object.depth, location)
            writer.nextMember(literal: "message", in: &object)
            try Self.object(with: "text", result.message.text, &writer, object.depth)
            writer.nextMember(literal: "partialFingerprints", in: &object)
            try fingerprints(result.partialFingerprints, &writer, object.depth)
            writer.nextMember(literal: "properties", in: &object)
            try resultProperties(result.properties, &writer, object.depth)
            writer.member("ruleId", result.ruleId, in: &object)
            writer.nextMember(literal: "ruleIndex", in: &object)
            writer.writeInteger(result.ruleIndex)
        }
    }

    private static func resultProperties(_ properties: SARIF.ResultProperties, _ writer: inout CanonicalJSONWriter,
                                         _ depth: Int) throws {
        try object(&writer, depth) { writer, object in
            writer.member("area", properties.area, in: &object)
            writer.nextMember(literal: "gate-relevant", in: &object)
            writer.append(properties.gateRelevant ? "true" : "false")
            writer.member("outcome", properties.outcome, in: &object)
            writer.member("requirement", properties.requirement, in: &object)
            writer.member("severity", properties.severity, in: &object)
        }
    }

    /// The fingerprints by name, in key order: the one map of the log.
    private static func fingerprints(_ prints: [String: String], _ writer: inout CanonicalJSONWriter,
                                     _ depth: Int) throws {
        try object(&writer, depth) { writer, object in
            for (name, value) in prints.sorted(by: { JSONKeyOrder.compare($0.key, $1.key) < 0 }) {
                writer.nextMember(name, in: &object)
                writer.writeString(value)
            }
        }
    }

    private static func location(_ location: SARIF.Location, _ writer: inout CanonicalJSONWriter,
                                 _ depth: Int) throws {
        let physical = location.physicalLocation
        try object(&writer, depth) { writer, object in
            writer.nextMember(literal: "physicalLocation", in: &object)
            try Self.object(&writer, object.depth) { writer, place in
                writer.nextMember(literal: "artifactLocation", in: &place)
                try Self.object(with: "uri", physical.artifactLocation.uri, &writer, place.depth)
                writer.nextMember(literal: "region", in: &place)
                try Self.object(&writer, place.depth) { writer, region in
                    writer.nextMember(literal: "startColumn", in: &region)
                    writer.writeInteger(physical.region.startColumn)
                    writer.nextMember(literal: "startLine", in: &region)
                    writer.writeInteger(physical.region.startLine)
                }
            }
        }
    }

    private static func properties(_ properties: SARIF.RunProperties, _ writer: inout CanonicalJSONWriter,
                                   _ depth: Int) throws {
        let gate = properties.gate
        try object(&writer, depth) { writer, object in
            writer.member("as-of", properties.asOf, in: &object)
            writer.member("checklist", properties.checklist, in: &object)
            writer.member("deployment", properties.deployment, in: &object)
            writer.nextMember(literal: "gate", in: &object)
            try Self.object(&writer, object.depth) { writer, members in
                writer.member("fail-on", gate.failOn, in: &members)
                writer.number("min-score", gate.minScore, in: &members)
                writer.nextMember(literal: "reasons", in: &members)
                try writer.writeStrings(gate.reasons, depth: members.depth)
                writer.member("verdict", gate.verdict, in: &members)
            }
            writer.number("score", properties.score, in: &object)
            writer.number("score-without-waivers", properties.scoreWithoutWaivers, in: &object)
        }
    }

    /// A text with its Markdown, when it has one.
    private static func text(_ text: SARIF.Text, _ writer: inout CanonicalJSONWriter, _ depth: Int) throws {
        try object(&writer, depth) { writer, object in
            if let markdown = text.markdown { writer.member("markdown", markdown, in: &object) }
            writer.member("text", text.text, in: &object)
        }
    }

    /// An object of one member, `key`, whose value is `string`.
    private static func object(with key: StaticString, _ string: String, _ writer: inout CanonicalJSONWriter,
                               _ depth: Int) throws {
        try object(&writer, depth) { writer, object in writer.member(key, string, in: &object) }
    }

    /// An object, the value at `depth`, whose members `members` writes.
    private static func object(
        _ writer: inout CanonicalJSONWriter, _ depth: Int,
        _ members: (inout CanonicalJSONWriter, inout CanonicalJSONWriter.Container) throws -> Void
    ) throws {
        var object = try writer.openContainer("{", depth: depth + 1)
        try members(&writer, &object)
        writer.closeContainer("}")
    }

    /// An array of `elements`, the value at `depth`, each written by `element`.
    private static func array<Element>(
        _ elements: [Element], _ writer: inout CanonicalJSONWriter, _ depth: Int,
        _ element: (Element, inout CanonicalJSONWriter, Int) throws -> Void
    ) throws {
        var array = try writer.openContainer("[", depth: depth + 1)
        for item in elements {
            writer.nextItem(in: &array)
            try element(item, &writer, depth + 1)
        }
        writer.closeContainer("]")
    }
}

private extension CanonicalJSONWriter {
    /// The member `key`, a literal that needs no escaping, with `string` as its value.
    mutating func member(_ key: StaticString, _ string: String, in object: inout Container) {
        nextMember(literal: key, in: &object)
        writeString(string)
    }

    /// The member `key` for a number that is there, none for nil (as `encodeIfPresent` leaves
    /// it out). Scores and thresholds are finite; a value that is not is written as null.
    mutating func number(_ key: StaticString, _ value: Double?, in object: inout Container) {
        guard let value else { return }
        nextMember(literal: key, in: &object)
        guard value.isFinite else { return append("null") }
        _ = try? writeNumber(value)  // throws only for a number that is not finite
    }
}
