import Foundation

/// SARIF 2.1.0 for code-scanning dashboards: one rule per audited control and one result per
/// unmet control (failed, not reviewed or error; waived controls are left out), pointing at the
/// manifest line that decided it. Keys are sorted and nothing depends on the clock, so the same
/// result always gives the same bytes.
public struct SARIFRenderer: ReportRenderer {
    /// The `partialFingerprints` key: a hash of deployment, checklist and control ids, so an
    /// alert keeps its identity across runs and when manifest lines move.
    public static let fingerprintKey = "safeguardControl/v1"

    /// Creates the renderer.
    public init() {}

    public func render(_ result: AuditResult) -> String {
        (try? Self.encoder.encodeToString(log(result)) + "\n") ?? "{}\n"
    }

    public func renderData(_ result: AuditResult) -> Data {
        (try? Self.encoder.encodeData(log(result), lineBreak: true)) ?? Data("{}\n".utf8)
    }

    /// The stable fingerprint of `control` in `result`: SHA-256 hex of deployment id, checklist
    /// id and control id, separated by NUL.
    public static func fingerprint(of control: ControlResult, in result: AuditResult) -> String {
        let identity = [result.deployment.id, result.checklist.id, control.id].joined(separator: "\u{0}")
        return SHA256Digest.hex(of: Data(identity.utf8))
    }

    /// The bytes of Foundation's `JSONEncoder` with `[.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]`.
    private static let encoder = CanonicalJSONEncoder(prettyPrinted: true)

    func log(_ result: AuditResult) -> SARIF.Log {
        let driver = SARIF.Driver(name: "safeguard", version: result.tool.version,
                                  rules: result.controls.map(SARIFRuleBuilder.rule))
        let results = result.controls.enumerated()
            .filter { $0.element.outcome.isUnmet }
            .map { self.result(for: $0.element, ruleIndex: $0.offset, in: result) }
        let automation = SARIF.AutomationDetails(id: "safeguard/\(result.deployment.id)/")
        let run = SARIF.Run(tool: SARIF.Tool(driver: driver), automationDetails: automation,
                            results: results, properties: properties(result))
        return SARIF.Log(runs: [run])
    }

    private func result(for control: ControlResult, ruleIndex: Int, in result: AuditResult) -> SARIF.Result {
        let locations = FindingLocation(control, in: result).map { found in
            [SARIF.Location(physicalLocation: SARIF.PhysicalLocation(
                artifactLocation: SARIF.ArtifactLocation(uri: found.uri),
                region: SARIF.Region(startLine: found.line, startColumn: found.column)))]
        } ?? []
        return SARIF.Result(
            ruleId: control.id, ruleIndex: ruleIndex, level: control.severity.sarifLevel,
            message: SARIF.Message(text: control.machineSummary), locations: locations,
            partialFingerprints: [Self.fingerprintKey: Self.fingerprint(of: control, in: result)],
            properties: SARIF.ResultProperties(
                outcome: control.outcome.rawValue, severity: control.severity.rawValue,
                area: control.area.rawValue, requirement: control.requirement,
                gateRelevant: control.severity >= result.gate.failOn))
    }

    private func properties(_ result: AuditResult) -> SARIF.RunProperties {
        let gate = result.gate
        return SARIF.RunProperties(
            asOf: result.asOf.description, deployment: result.deployment.id,
            checklist: "\(result.checklist.id) \(result.checklist.version)",
            score: result.score.overall, scoreWithoutWaivers: result.score.withoutWaivers,
            gate: SARIF.Gate(verdict: gate.passed ? "passed" : "failed", failOn: gate.failOn.rawValue,
                             minScore: gate.minScore, reasons: gate.reasons))
    }
}
