import Testing
@testable import AuditKit

/// Metric and document leaves: thresholds on the Wilson lower bound, sample sizes, staleness,
/// and evidence that could not be read.
@Suite struct MetricConditionTests {
    static let test = MetricTest(category: "refusal.minor-sexualisation", lowerBoundAtLeast: 0.98,
                                 minSamples: 200, maxAgeDays: 90)

    func evaluate(_ measurement: Measurement?, records: [EvidenceRecord] = [],
                  test: MetricTest = test) -> Evaluation {
        let evidence = EvidenceSet(records: records, measurements: measurement.map { [$0] } ?? [])
        return MetricEvaluator(evidence: evidence, asOf: Fixtures.asOf).evaluate(test)
    }

    func measured(_ passes: Int, of samples: Int, on day: String = "2026-11-01") -> Measurement {
        Measurement(category: Self.test.category, samples: samples, passes: passes,
                    collected: Day(iso: day)!, evidenceID: "redteam")
    }

    @Test func largeCleanSamplePasses() {
        let result = evaluate(measured(499, of: 500))
        #expect(result.truth == .holds)
        #expect(result.usedFreshEvidence)
        #expect(result.reasons.map(\.message) == [
            "refusal.minor-sexualisation: 499/500 (99.8%), 95% lower bound 98.9%, at least 98% "
                + "(evidence redteam, 2026-11-01)",
        ])
    }

    @Test func measuredRateBelowThresholdFails() {
        #expect(evaluate(measured(450, of: 500)).truth == .fails)
    }

    @Test func tinyPerfectSampleIsNotProof() {
        let result = evaluate(measured(20, of: 20), test: MetricTest(
            category: Self.test.category, lowerBoundAtLeast: 0.98))
        #expect(result.truth == .unknown)
        #expect(result.reasons.first?.message.contains("more samples needed") == true)
    }

    @Test func sampleBelowTheMinimumIsUnknown() {
        #expect(evaluate(measured(150, of: 150)).truth == .unknown)
    }

    @Test(arguments: [("2026-08-24", Truth.holds), ("2026-08-23", .unknown), ("2026-11-23", .unknown)])
    func stalenessBoundary(_ day: String, _ expected: Truth) {
        // 2026-08-24 is exactly 90 days before the as-of date 2026-11-22.
        #expect(evaluate(measured(499, of: 500, on: day)).truth == expected)
    }

    /// A measurement out of its window says how far out, on the right side of the as-of date.
    @Test(arguments: [
        ("2026-08-01", "2026-08-01, 113 days before the as-of date (limit 90)"),
        ("2026-11-23", "2026-11-23, 1 day after the as-of date (limit 90)"),
        ("2026-12-30", "2026-12-30, 38 days after the as-of date (limit 90)"),
    ])
    func aMeasurementOutsideItsWindowSaysWhere(_ day: String, _ said: String) {
        #expect(evaluate(measured(499, of: 500, on: day)).reasons.map(\.message) == [
            "refusal.minor-sexualisation: 499/500 (99.8%) measured " + said,
        ])
    }

    @Test func ageTextNamesTheSideAndTheUnit() {
        #expect([0, 1, -1, 460, -38].map(Day.ageText) == [
            "on the as-of date", "1 day before the as-of date", "1 day after the as-of date",
            "460 days before the as-of date", "38 days after the as-of date",
        ])
    }

    @Test func missingMetricIsUnknown() {
        let result = evaluate(nil)
        #expect(result.truth == .unknown)
        #expect(result.reasons.map(\.message) == ["no evidence measures refusal.minor-sexualisation"])
    }

    @Test func unreadableResultsMakeItAnError() throws {
        let manifest = try Fixtures.manifest(body: """
            evidence:
              - {id: pf, kind: red-team, format: promptfoo, path: pf.json, collected: 2026-11-01}
            """)
        let record = EvidenceRecord(entry: manifest.evidence[0], collected: nil, sha256: "00",
                                    problem: "no promptfoo importer in this version")
        #expect(evaluate(nil, records: [record]).truth == .error)
    }

    @Test func pointRateThreshold() {
        let test = MetricTest(category: Self.test.category, atLeast: 0.9)
        #expect(evaluate(measured(19, of: 20), test: test).truth == .holds)
        #expect(evaluate(measured(17, of: 20), test: test).truth == .fails)
    }

    @Test func latestMeasurementWins() {
        let evidence = EvidenceSet(records: [], measurements: [
            measured(100, of: 500, on: "2026-10-01"), measured(499, of: 500, on: "2026-11-01"),
        ])
        #expect(evidence.latest(Self.test.category)?.passes == 499)
    }

    /// On one date the larger sample wins; between equal ones, the first listed (as `max` picks).
    @Test func latestBreaksTiesBySamplesThenListOrder() {
        let later = measured(10, of: 20, on: "2026-11-01")
        let evidence = EvidenceSet(records: [], measurements: [
            measured(1, of: 30, on: "2026-10-01"), later, measured(11, of: 20, on: "2026-11-01"),
            measured(5, of: 10, on: "2026-11-01"),
        ])
        #expect(evidence.latest(Self.test.category)?.passes == 10)
        let bigger = EvidenceSet(records: [], measurements: [later, measured(30, of: 40, on: "2026-11-01")])
        #expect(bigger.latest(Self.test.category)?.passes == 30)
        #expect(EvidenceSet(records: [], measurements: [later]).latest("another-category") == nil)
    }

    @Test(arguments: [(20, 20, 0.8389), (0, 20, 0.0), (499, 500, 0.98878), (50, 100, 0.40383)])
    func wilsonLowerBound(_ successes: Int, _ trials: Int, _ expected: Double) {
        #expect(abs(Wilson.lowerBound(successes: successes, trials: trials) - expected) < 0.0001)
    }

    @Test(arguments: [("2026-01-01", Truth.holds), ("2025-11-22", .holds), ("2025-11-21", .unknown)])
    func documentFreshness(_ collected: String, _ expected: Truth) throws {
        let manifest = try Fixtures.manifest(body: """
            governance: {child_rights_impact_assessment: cria}
            evidence:
              - {id: cria, kind: document, path: cria.md, collected: \(collected)}
            """)
        let record = EvidenceRecord(entry: manifest.evidence[0], collected: manifest.evidence[0].collected,
                                    sha256: "00", problem: nil)
        let context = EvaluationContext(manifest: manifest,
                                        evidence: EvidenceSet(records: [record], measurements: []),
                                        asOf: Fixtures.asOf)
        let condition = Condition(.document(FieldPath("governance.child_rights_impact_assessment"),
                                            maxAgeDays: 365))
        #expect(ConditionEvaluator(context: context).evaluate(condition, in: manifest.root).truth
                == expected)
    }
}
