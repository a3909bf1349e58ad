import Foundation
import Testing
@testable import AuditKit

/// Score, coverage, gate and waiver arithmetic on hand-computed cases (see the comments), over
/// the test checklist: INF-01 critical 10, PROV-01 medium 2, MLR-01 critical 10, SOC-01 high 5.
@Suite struct AuditEngineTests {
    static let acme = Fixtures.path("acme/deployment.yaml")

    func audit(waivers: String = "", policy: GatePolicy = .standard, ignoreWaivers: Bool = false,
               asOf: Day = Fixtures.asOf) throws -> AuditResult {
        let text = try SourceFile(reading: Self.acme).text + waivers
        let manifest = try Loader.manifest(SourceFile(path: Self.acme, text: text))
        let evidence = try EvidenceLoader(vocabulary: nil).load(for: manifest)
        let audit = Audit(checklist: try Fixtures.checklist(), policy: policy, asOf: asOf,
                          tool: Fixtures.tool, ignoreWaivers: ignoreWaivers)
        return audit.run(manifest, evidence: evidence, inputs: [])
    }

    @Test func outcomesAndScores() throws {
        let result = try audit()
        #expect(result.controls.map(\.outcome) == [.passed, .failed, .passed, .passed])
        // (10 + 10 + 5) / (10 + 2 + 10 + 5) = 25 / 27
        #expect(result.score.overall == 92.59)
        #expect(result.score.withoutWaivers == 92.59)
        // Only MLR-01 (10) rests on evidence: 10 / 27.
        #expect(result.score.evidenceCoverage == 37.04)
        #expect(result.score.byRequirement.map(\.score) == [83.33, 100])
        #expect(result.score.byArea.map(\.id) == ["input-filter", "minor-likeness",
                                                  "social-integration", "provenance"])
        #expect(result.gate.passed)
    }

    @Test func exposureFactorsAndTier() throws {
        let exposure = try #require(try audit().exposure)
        #expect(exposure.factors.map(\.status) == [.fired, .fired, .notFired])
        #expect(exposure.score == 70)
        #expect(exposure.tier == .high)
    }

    @Test func undeclaredFactorIsAssumed() throws {
        let text = try SourceFile(reading: Self.acme).text
            .replacingOccurrences(of: "children_likely: false", with: "minimum_age: 13")
            .replacingOccurrences(of: "{minimum_age: 13, minimum_age: 13}", with: "{minimum_age: 13}")
        let manifest = try Loader.manifest(SourceFile(path: Self.acme, text: text))
        let model = try #require(try Fixtures.checklist().riskModel)
        let context = EvaluationContext(manifest: manifest,
                                        evidence: EvidenceSet(records: [], measurements: []),
                                        asOf: Fixtures.asOf)
        let exposure = RiskAssessor(model: model, evaluator: ConditionEvaluator(context: context))
            .assess(manifest)
        #expect(exposure.factors.map(\.status) == [.fired, .fired, .assumed])
        #expect(exposure.score == 90)
        #expect(exposure.tier == .severe)
    }

    @Test func gateFailsOnLowerSeverityOrScore() throws {
        let byMedium = try audit(policy: GatePolicy(failOn: .medium, minScore: nil)).gate
        #expect(!byMedium.passed)
        #expect(byMedium.reasons == ["PROV-01 (medium) is failed: Outputs carry C2PA credentials"])
        let byScore = try audit(policy: GatePolicy(failOn: nil, minScore: 95)).gate
        #expect(byScore.reasons == ["score 92.59 is below the minimum 95"])
        #expect(try audit(policy: GatePolicy(failOn: .high, minScore: 90)).gate.passed)
    }

    static let waiver = """
        waivers:
          - {control: PROV-01, justification: C2PA rollout in Q1, approved_by: CISO,
             approved_on: 2026-11-01, expires: EXPIRES}

        """

    @Test func validWaiverExcludesTheControl() throws {
        let result = try audit(waivers: Self.waiver.replacingOccurrences(of: "EXPIRES", with: "2026-11-22"),
                               policy: GatePolicy(failOn: .medium, minScore: nil))
        #expect(result.controls[1].outcome == .waived)
        #expect(result.controls[1].waivedOutcome == .failed)
        #expect(result.score.overall == 100)
        #expect(result.score.withoutWaivers == 92.59)
        #expect(result.waivers.map(\.status) == [.applied])
        #expect(result.gate.passed)
    }

    @Test func waiverThatExpiredYesterdayFailsTheGateAgain() throws {
        let result = try audit(waivers: Self.waiver.replacingOccurrences(of: "EXPIRES", with: "2026-11-21"),
                               policy: GatePolicy(failOn: .medium, minScore: nil))
        #expect(result.controls[1].outcome == .failed)
        #expect(result.controls[1].reasons.last?.message
                == "waiver expired on 2026-11-21; the control counts again")
        #expect(result.waivers.map(\.status) == [.expired])
        #expect(!result.gate.passed)
    }

    @Test func ignoredWaiversAreListedButNotApplied() throws {
        let result = try audit(waivers: Self.waiver.replacingOccurrences(of: "EXPIRES", with: "2027-01-31"),
                               ignoreWaivers: true)
        #expect(result.controls[1].outcome == .failed)
        #expect(result.waivers.map(\.status) == [.ignored])
    }

    @Test func staleEvidenceLeavesTheControlNotReviewedAndFailsTheGate() throws {
        let result = try audit(asOf: Day(iso: "2027-03-01")!)
        #expect(result.controls[2].outcome == .notReviewed)
        #expect(result.score.evidenceCoverage == 0)
        #expect(result.gate.reasons == ["MLR-01 (critical) is not-reviewed: Minor sexualisation "
                                        + "requests are refused, measured"])
    }

    @Test func evidenceIsHashedIntoTheResult() throws {
        let record = try #require(try audit().evidence.first)
        #expect(record.sha256.count == 64)
        #expect(record.collected == Day(iso: "2026-11-01"))
        #expect(record.age(on: Fixtures.asOf) == 21)
    }

    @Test func jsonIsByteIdenticalAcrossRuns() throws {
        #expect(JSONRenderer().render(try audit()) == JSONRenderer().render(try audit()))
    }
}
