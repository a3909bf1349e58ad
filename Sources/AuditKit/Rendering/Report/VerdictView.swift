/// The report's opening: the gate's verdict, the scores and the outcome counts.
struct VerdictView: Sendable, Encodable {
    /// One outcome and how many controls ended with it.
    struct Count: Sendable, Encodable {
        let outcome: OutcomeBadge
        let count: Int
    }

    let passed: Bool
    let label: String
    let score: String
    let scoreWithoutWaivers: String
    let coverage: String
    let failOn: String
    let minScore: String?
    let reasons: [String]
    /// The exposure tier whose gate rule applied, if one did.
    let tierRule: String?
    /// Outcomes with at least one control (passed and failed always), in a fixed order.
    let counts: [Count]
    /// The same counts on one line: "12 passed · 3 failed · 1 waived".
    let countsLine: String
    let applicable: Int

    init(_ summary: ReportSummary) {
        let result = summary.result
        passed = result.gate.passed
        label = result.gate.passed ? "PASSED" : "FAILED"
        score = ReportSummary.score(result.score.overall)
        scoreWithoutWaivers = ReportSummary.score(result.score.withoutWaivers)
        coverage = ReportSummary.score(result.score.evidenceCoverage)
        failOn = result.gate.failOn.rawValue
        minScore = result.gate.minScore.map { $0.formatted(maxFractionDigits: 1) }
        reasons = result.gate.reasons
        tierRule = result.gate.tierRule?.rawValue
        counts = summary.shownOutcomes.map { Count(outcome: OutcomeBadge($0.outcome), count: $0.count) }
        countsLine = summary.outcomeCounts
        applicable = result.controls.count - result.count(.notApplicable)
    }
}

extension VerdictView: TemplateRepresentable {
    var templateValue: TemplateValue {
        .object([
            "passed": .flag(passed), "label": .text(label), "score": .text(score),
            "scoreWithoutWaivers": .text(scoreWithoutWaivers), "coverage": .text(coverage),
            "failOn": .text(failOn), "minScore": .optional(minScore), "reasons": .texts(reasons),
            "tierRule": .optional(tierRule), "counts": .list(counts), "countsLine": .text(countsLine),
            "applicable": .integer(applicable),
        ])
    }
}

extension VerdictView.Count: TemplateRepresentable {
    var templateValue: TemplateValue {
        .object(["outcome": outcome.templateValue, "count": .integer(count)])
    }
}
