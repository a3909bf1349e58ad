/// The index page of a portfolio run: one row per deployment, linking to its report.
struct PortfolioContext: Sendable, Encodable {
    /// One deployment's line in the index.
    struct Row: Sendable, Encodable {
        /// Deployment id.
        let id: String
        /// The report's file name without extension (`<id>.html`, `<id>.md` beside the index);
        /// named apart from `id` so templates can reach it inside a finding's section.
        let report: String
        let title: String
        let passed: Bool
        let verdict: String
        let score: String
        let tier: String
        let worst: PillarView.Worst?
    }

    let page: PageView
    let rows: [Row]
    let total: Int
    let passed: Int
    let failed: Int
    /// The as-of dates the results were judged on, joined.
    let asOf: String
    let checklists: String

    init(_ results: [AuditResult], page: PageView) {
        self.page = page
        rows = results.map(Self.row)
        total = results.count
        passed = results.filter(\.gate.passed).count
        failed = total - passed
        asOf = Self.distinct(results.map(\.asOf.description))
        checklists = Self.distinct(results.map { "\($0.checklist.id) \($0.checklist.version)" })
    }

    private static func row(_ result: AuditResult) -> Row {
        let summary = ReportSummary(result: result)
        return Row(id: result.deployment.id, report: result.deployment.id, title: summary.deploymentTitle,
                   passed: result.gate.passed, verdict: result.gate.passed ? "PASSED" : "FAILED",
                   score: ReportSummary.score(result.score.overall),
                   tier: result.exposure.map { "\($0.tier.rawValue) (\($0.score))" } ?? "—",
                   worst: summary.findings.first.map(PillarView.Worst.init))
    }

    private static func distinct(_ values: [String]) -> String {
        var seen: [String] = []
        for value in values where !seen.contains(value) { seen.append(value) }
        return seen.joined(separator: ", ")
    }
}

extension PortfolioContext: TemplateRepresentable {
    var templateValue: TemplateValue {
        .object([
            "page": page.templateValue, "rows": .list(rows), "total": .integer(total), "passed": .integer(passed),
            "failed": .integer(failed), "asOf": .text(asOf), "checklists": .text(checklists),
        ])
    }
}

extension PortfolioContext.Row: TemplateRepresentable {
    var templateValue: TemplateValue {
        .object([
            "id": .text(id), "report": .text(report), "title": .text(title), "passed": .flag(passed),
            "verdict": .text(verdict), "score": .text(score), "tier": .text(tier), "worst": .optional(worst),
        ])
    }
}
