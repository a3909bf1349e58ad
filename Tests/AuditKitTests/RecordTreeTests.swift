import Foundation
import Testing
@testable import AuditKit

/// The direct writers of `JSONDirectRecord+Records.swift` and `+Score.swift` write what the synthesized
/// `encode(to:)` writes: every member, optional ones set and absent, in every encoder
/// configuration. A property added to one of these records and left out of its tree fails here
/// once it is added to the JSON below (the decoder requires every non-optional one).
@Suite struct RecordTreeTests {
    static let location = #"{"file": "m \"x\".yaml", "line": 3, "column": 9}"#
    static let measurement = #"""
        {"category": "c.d", "evidence": "e", "tool": "garak", "n": 300, "passes": 294,
         "rate": 0.98, "lowerBound": 0.9571, "collected": "2026-10-14"}
        """#
    static let evidence = #"""
        {"id": "e", "kind": "red-team", "format": "garak", "path": "p/e.jsonl",
         "collected": "2026-10-14", "maxAgeDays": 90, "sha256": "ab", "problem": "late",
         "location": \#(location)}
        """#
    static let input = #"{"role": "evidence", "path": "p/e.jsonl", "sha256": "ab"}"#
    static let factor = #"""
        {"id": "f", "points": 25, "status": "not-fired", "reason": "r \u0001",
         "evidence": [{"message": "m", "location": \#(location)}, {"message": "n"}]}
        """#

    static let line = #"{"id": "R1", "title": "T \"q\" ÷", "score": 83.33, "credit": 10, "weight": 12, "controls": 2}"#
    static let lineWithoutScore = #"{"id": "R2", "title": "U", "credit": 0, "weight": 0, "controls": 0}"#
    static let score = #"""
        {"overall": 92.59, "withoutWaivers": 90, "evidenceCoverage": 37.04,
         "byRequirement": [\#(line), \#(lineWithoutScore)], "byArea": [], "formula": "Σ ÷ Σ"}
        """#

    static let gate = #"""
        {"passed": false, "failOn": "high", "minScore": 80.5, "reasons": ["r \"1\"", "r2"],
         "tierRule": "severe", "failOnRegression": true}
        """#
    static let exposure = #"""
        {"score": 45, "tier": "high", "tiers": {"moderate": 20, "high": 40, "severe": 70},
         "factors": [\#(factor), \#(factor)]}
        """#
    static let checklist = #"{"id": "c", "version": "3.0", "title": "T \u0007 ÷", "profile": "p"}"#
    static let deployment = #"""
        {"id": "d", "name": "N \"n\"", "version": "2", "owner": "o", "releaseDate": "2026-12-01",
         "markets": ["EU", "UK", "x\ny"]}
        """#

    /// Each record type, decoded from `full` and from `full` without its optional members.
    static func values() throws -> [(String, any Encodable)] {
        func decode<T: Decodable>(_ type: T.Type, _ text: String) throws -> T {
            try JSONDecoder().decode(type, from: Data(text.utf8))
        }
        func withoutOptionals(_ text: String, _ keys: [String]) throws -> String {
            var object = try #require(JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
            for key in keys { object[key] = nil }
            return String(decoding: try JSONSerialization.data(withJSONObject: object), as: UTF8.self)
        }
        return [
            ("measurements", try decode([MeasurementRecord].self, "[\(measurement)]")),
            ("measurement without tool", try decode([MeasurementRecord].self,
                                                    "[\(try withoutOptionals(measurement, ["tool"]))]")),
            ("evidence", try decode([EvidenceRecord].self, "[\(evidence)]")),
            ("evidence without optionals", try decode([EvidenceRecord].self,
                "[\(try withoutOptionals(evidence, ["format", "collected", "problem"]))]")),
            ("inputs", try decode([InputFile].self, "[\(input), \(input)]")),
            ("factors", try decode([Exposure.FactorResult].self, "[\(factor)]")),
            ("score", try decode(ScoreSummary.self, score)),
            ("score without optionals", try decode(ScoreSummary.self, try withoutOptionals(
                score, ["overall", "withoutWaivers", "evidenceCoverage"]))),
            ("score lines", try decode([ScoreSummary.Line].self, "[\(line), \(lineWithoutScore)]")),
            ("tool", try decode(ToolInfo.self, #"{"name": "safeguard", "version": "1.0 \"β\""}"#)),
            ("checklist", try decode(ChecklistSummary.self, checklist)),
            ("checklist without profile", try decode(ChecklistSummary.self, try withoutOptionals(checklist, ["profile"]))),
            ("gate", try decode(GateVerdict.self, gate)),
            ("gate without optionals", try decode(GateVerdict.self, try withoutOptionals(
                gate, ["minScore", "tierRule", "failOnRegression"]))),
            ("exposure", try decode(Exposure.self, exposure)),
            ("deployment", try decode(DeploymentIdentity.self, deployment)),
            ("deployment without optionals", try decode(DeploymentIdentity.self, try withoutOptionals(
                deployment, ["version", "owner", "releaseDate"]))),
        ]
    }

    @Test func recordsMatchFoundationInEveryConfiguration() throws {
        for (name, value) in try Self.values() {
            for (pretty, snakeCase, compact) in ControlResultJSONTests.combinations {
                let (canonical, foundation) = ControlResultJSONTests.encoders(
                    pretty: pretty, snakeCase: snakeCase, compact: compact)
                #expect(try canonical.encode(value) == Array(try foundation.encode(value)),
                        "\(name), pretty \(pretty), snake_case \(snakeCase)")
            }
        }
    }

    @Test func aMeasurementIsPinnedToItsText() throws {
        let encoder = CanonicalJSONEncoder(convertsKeysToSnakeCase: true)
        let records = try JSONDecoder().decode([MeasurementRecord].self, from: Data("[\(Self.measurement)]".utf8))
        #expect(try encoder.encodeToString(records) == #"[{"category":"c.d","collected":"2026-10-14","#
                + #""evidence":"e","lower_bound":0.9571,"n":300,"passes":294,"rate":0.98,"tool":"garak"}]"#)
    }
}
