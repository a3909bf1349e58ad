import Foundation
import Testing
@testable import AuditKit

/// `SARIFLogJSON` writes a log as Foundation's `JSONEncoder` encodes it, also for the members
/// that audited examples may not have: optional scores and thresholds left out, texts without
/// Markdown, empty lists, several fingerprints, results with and without a location.
@Suite struct SARIFLogJSONTests {
    static func text(_ text: String, markdown: String? = nil) -> SARIF.Text {
        SARIF.Text(text: text, markdown: markdown)
    }

    static func rule(_ id: String, refs: [String], tags: [String], markdown: String?) -> SARIF.Rule {
        SARIF.Rule(id: id, name: "Name of \(id)", shortDescription: text("short"),
                   fullDescription: text("full \"quoted\"", markdown: markdown),
                   help: text("help", markdown: markdown.map { "**\($0)**" }),
                   defaultConfiguration: SARIF.Configuration(level: "error"),
                   properties: SARIF.RuleProperties(severity: "critical", area: "input-filter",
                                                    requirement: "R2", refs: refs, tags: tags,
                                                    securitySeverity: "9.5"))
    }

    static func result(_ index: Int, located: Bool) -> SARIF.Result {
        let place = SARIF.Location(physicalLocation: SARIF.PhysicalLocation(
            artifactLocation: SARIF.ArtifactLocation(uri: "a b/deployment.yaml"),
            region: SARIF.Region(startLine: 12, startColumn: 3)))
        return SARIF.Result(ruleId: "C-\(index)", ruleIndex: index, level: "warning",
                            message: SARIF.Message(text: "unmet: é/ü \\ tab\t"),
                            locations: located ? [place] : [],
                            partialFingerprints: ["zeta/v1": "z", "alpha/v1": "a", "Beta": "b"],
                            properties: SARIF.ResultProperties(outcome: "fail", severity: "high",
                                                               area: "output-filter", requirement: "R3",
                                                               gateRelevant: index.isMultiple(of: 2)))
    }

    static func log(score: Double?, minScore: Double?, reasons: [String], results: [SARIF.Result],
                    rules: [SARIF.Rule]) -> SARIF.Log {
        let properties = SARIF.RunProperties(
            asOf: "2026-11-22", deployment: "demo", checklist: "unicef 3.0",
            score: score, scoreWithoutWaivers: score.map { $0 - 0.5 },
            gate: SARIF.Gate(verdict: "failed", failOn: "high", minScore: minScore, reasons: reasons))
        let run = SARIF.Run(tool: SARIF.Tool(driver: SARIF.Driver(name: "safeguard", version: "1.2.3", rules: rules)),
                            automationDetails: SARIF.AutomationDetails(id: "safeguard/demo/"),
                            results: results, properties: properties)
        return SARIF.Log(runs: [run])
    }

    static let logs: [SARIF.Log] = [
        log(score: 72.25, minScore: 80, reasons: ["score below 80", "C-1 failed"],
            results: [result(0, located: true), result(1, located: false)],
            rules: [rule("C-0", refs: ["UNICEF3-R2"], tags: ["minor-likeness"], markdown: "md"),
                    rule("C-1", refs: [], tags: [], markdown: nil)]),
        log(score: nil, minScore: nil, reasons: [], results: [], rules: []),
        log(score: 100, minScore: 0, reasons: [], results: [],
            rules: [rule("C-2", refs: ["A", "B"], tags: ["x"], markdown: nil)]),
    ]

    @Test(arguments: logs.indices)
    func bytesAreFoundations(_ index: Int) throws {
        let foundation = JSONEncoder()
        foundation.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        let expected = String(decoding: try foundation.encode(Self.logs[index]), as: UTF8.self)
        #expect(try CanonicalJSONEncoder(prettyPrinted: true).encodeToString(Self.logs[index]) == expected)
        let compact = JSONEncoder()
        compact.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        #expect(try CanonicalJSONEncoder().encodeToString(Self.logs[index])
                == String(decoding: try compact.encode(Self.logs[index]), as: UTF8.self))
    }

    /// Foundation refuses a number that is not finite; the log writes null, as its tree did.
    @Test func aScoreThatIsNotFiniteIsNull() throws {
        let log = Self.log(score: .nan, minScore: .infinity, reasons: [], results: [], rules: [])
        let text = try CanonicalJSONEncoder().encodeToString(log)
        #expect(text.contains(#""min-score":null"#))
        #expect(text.contains(#""score":null,"score-without-waivers":null"#))
    }
}
