import Foundation
import Testing
@testable import AuditKit

/// The SARIF log: one rule per control, one result per unmet control in checklist order, levels
/// by severity, locations with their fallbacks, and fingerprints that survive reruns and moves.
@Suite struct SARIFRendererTests {
    /// The acme result with one control in each unmet outcome and one waived.
    static func mixed() throws -> AuditResult {
        var json = try ResultJSON()
        json.patch(control: "INF-01", ["outcome": "not-reviewed"])
        json.patch(control: "MLR-01", ["outcome": "waived", "waived_outcome": "failed"])
        json.patch(control: "SOC-01", ["outcome": "error"])
        json.add(copying: "PROV-01", as: "NA-01", ["outcome": "not-applicable"])
        return try json.decoded()
    }

    /// The rendered log as JSON objects.
    static func log(_ result: AuditResult) throws -> [String: Any] {
        let text = SARIFRenderer().render(result)
        return try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
    }

    static func run(_ result: AuditResult) throws -> [String: Any] {
        try #require((try log(result)["runs"] as? [[String: Any]])?.first)
    }

    static func results(_ result: AuditResult) throws -> [[String: Any]] {
        try #require(try run(result)["results"] as? [[String: Any]])
    }

    /// `(uri, startLine, startColumn)` of a SARIF result's first location.
    static func location(_ sarifResult: [String: Any]) throws -> (String, Int, Int) {
        let locations = try #require(sarifResult["locations"] as? [[String: Any]])
        let physical = try #require(locations.first?["physicalLocation"] as? [String: Any])
        let uri = try #require((physical["artifactLocation"] as? [String: Any])?["uri"] as? String)
        let region = try #require(physical["region"] as? [String: Any])
        return (uri, try #require(region["startLine"] as? Int), try #require(region["startColumn"] as? Int))
    }

    @Test func logHeaderAndDriver() throws {
        let log = try Self.log(try Self.mixed())
        #expect(log["version"] as? String == "2.1.0")
        #expect(log["$schema"] as? String == "https://json.schemastore.org/sarif-2.1.0.json")
        #expect((log["runs"] as? [Any])?.count == 1)
        let driver = try #require((try Self.run(try Self.mixed())["tool"] as? [String: Any])?["driver"]
                                  as? [String: Any])
        #expect(driver["name"] as? String == "safeguard")
        #expect(driver["version"] as? String == "test")
        let rules = try #require(driver["rules"] as? [[String: Any]])
        #expect(rules.map { $0["id"] as? String } == ["INF-01", "PROV-01", "MLR-01", "SOC-01", "NA-01"])
    }

    @Test func resultsOnlyForUnmetControlsInChecklistOrder() throws {
        let results = try Self.results(try Self.mixed())
        #expect(results.map { $0["ruleId"] as? String } == ["INF-01", "PROV-01", "SOC-01"])
        #expect(results.map { $0["ruleIndex"] as? Int } == [0, 1, 3])
        let outcomes = results.map { ($0["properties"] as? [String: Any])?["outcome"] as? String }
        #expect(outcomes == ["not-reviewed", "failed", "error"])
        let message = try #require((results[1]["message"] as? [String: Any])?["text"] as? String)
        #expect(message.hasPrefix("failed: "))
        #expect(message.contains("safeguards.provenance.c2pa is false"))
    }

    @Test func passingAuditHasNoResults() throws {
        var json = try ResultJSON()
        json.patch(control: "PROV-01", ["outcome": "passed"])
        #expect(try Self.results(try json.decoded()).isEmpty)
    }

    @Test(arguments: [("critical", "error"), ("high", "error"), ("medium", "warning"), ("low", "note")])
    func levelFollowsSeverity(_ severity: String, _ level: String) throws {
        var json = try ResultJSON()
        json.patch(control: "PROV-01", ["severity": severity])
        let result = try json.decoded()
        let sarif = try #require(try Self.results(result).first)
        #expect(sarif["level"] as? String == level)
        let gateRelevant = (sarif["properties"] as? [String: Any])?["gate-relevant"] as? Bool
        #expect(gateRelevant == (severity == "critical"))
        let rules = try #require(((try Self.run(result)["tool"] as? [String: Any])?["driver"]
                                  as? [String: Any])?["rules"] as? [[String: Any]])
        let configuration = rules[1]["defaultConfiguration"] as? [String: Any]
        #expect(configuration?["level"] as? String == level)
    }

    @Test func locationIsTheManifestLineThatDecidedIt() throws {
        let sarif = try #require(try Self.results(try RendererGoldenTests.result()).first)
        let (uri, line, column) = try Self.location(sarif)
        #expect(uri == "Fixtures/acme/deployment.yaml")
        #expect(line == 11 && column == 22)
    }

    @Test func locationFallsBackToTheChecklistLine() throws {
        var json = try ResultJSON()
        json.patch(control: "PROV-01", ["location": NSNull()])
        let (uri, line, column) = try Self.location(try #require(try Self.results(try json.decoded()).first))
        #expect(uri == "Fixtures/checklist.yaml")
        #expect(line == 30 && column == 5)
    }

    @Test func builtinChecklistLinesFallBackToTheManifestStart() throws {
        var json = try ResultJSON()
        json.patch(control: "PROV-01", ["location": NSNull(), "checklist_location":
                                            ["file": "builtin:Checklists/x.yaml", "line": 9, "column": 5]])
        let (uri, line, column) = try Self.location(try #require(try Self.results(try json.decoded()).first))
        #expect(uri == "Fixtures/acme/deployment.yaml")
        #expect(line == 1 && column == 1)
    }

    @Test(arguments: [("my deploy/a b.yaml", "my%20deploy/a%20b.yaml"), ("dir\\x.yaml", "dir/x.yaml"),
                      ("100%#?.yaml", "100%25%23%3F.yaml"), ("c:x/ü.yaml", "c%3Ax/%C3%BC.yaml")])
    func artifactURIsArePercentEncoded(_ path: String, _ uri: String) throws {
        var json = try ResultJSON()
        json.patch(control: "PROV-01", ["location": ["file": path, "line": 3, "column": 1]])
        let (found, _, _) = try Self.location(try #require(try Self.results(try json.decoded()).first))
        #expect(found == uri)
    }

    @Test func fingerprintsAreStableAcrossRendersAndLineMoves() throws {
        let first = try Self.fingerprints(try Self.mixed())
        #expect(first == (try Self.fingerprints(try Self.mixed())))
        #expect(SARIFRenderer().render(try Self.mixed()) == SARIFRenderer().render(try Self.mixed()))
        var moved = try ResultJSON()
        moved.patch(control: "PROV-01", ["location": ["file": "Fixtures/acme/deployment.yaml", "line": 40,
                                                      "column": 3]])
        let movedPrint = try Self.fingerprints(try moved.decoded())
        let original = try Self.fingerprints(try RendererGoldenTests.result())
        #expect(movedPrint == original)
        #expect(Set(first.values).count == first.count, "each control has its own fingerprint")
    }

    @Test func fingerprintIsTheHashOfDeploymentChecklistAndControl() throws {
        let result = try RendererGoldenTests.result()
        let expected = SHA256Digest.hex(of: Data("acme-imagine\u{0}test-checklist\u{0}PROV-01".utf8))
        #expect(try Self.fingerprints(result)["PROV-01"] == expected)
        var renamed = try ResultJSON()
        renamed.patch(["deployment": ["id": "acme-other"]])
        #expect(try Self.fingerprints(try renamed.decoded())["PROV-01"] != expected)
    }

    @Test func runPropertiesCarryScoreGateAndDate() throws {
        let properties = try #require(try Self.run(try RendererGoldenTests.result())["properties"]
                                      as? [String: Any])
        #expect(properties["as-of"] as? String == "2026-11-22")
        #expect(properties["score"] is Double)
        let gate = try #require(properties["gate"] as? [String: Any])
        #expect(gate["verdict"] as? String == "passed")
        #expect(gate["fail-on"] as? String == "critical")
    }

    @Test(arguments: [("Minor-likeness refusal", "MinorLikenessRefusal"), ("C2PA on outputs", "C2PAOnOutputs"),
                      ("—", nil), ("  a1 b\r\nzz ", "A1BZz"), ("Café über", "CafBer"), ("", nil)] as [(String, String?)])
    func ruleNamesArePascalCase(_ title: String, _ name: String?) {
        #expect(SARIFRuleBuilder.pascalCase(title) == name)
    }

    /// Rule id → `safeguardControl/v1` fingerprint.
    static func fingerprints(_ result: AuditResult) throws -> [String: String] {
        var prints: [String: String] = [:]
        for sarif in try results(result) {
            let ruleID = try #require(sarif["ruleId"] as? String)
            prints[ruleID] = (sarif["partialFingerprints"] as? [String: String])?[SARIFRenderer.fingerprintKey]
        }
        return prints
    }
}
