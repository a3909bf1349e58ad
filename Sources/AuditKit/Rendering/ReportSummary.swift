/// Facts every human-readable report leads with, computed once from a result.
struct ReportSummary {
    /// A pillar's score and worst unmet control.
    struct Pillar {
        let area: SafeguardArea
        let line: ScoreSummary.Line?
        let worst: ControlResult?
    }

    let result: AuditResult
    /// Unmet controls (failed, not reviewed, error), most severe first, then checklist order.
    let findings: [ControlResult]

    init(result: AuditResult) {
        self.result = result
        // Indexes are sorted, not the controls: moving whole controls about was ≈ 3 % of an
        // every-format run's instructions.
        let controls = result.controls
        findings = controls.indices.filter { controls[$0].outcome.isUnmet }
            .sorted { (controls[$1].severity, $0) < (controls[$0].severity, $1) }
            .map { controls[$0] }
    }

    /// The four pillars in report order.
    var pillars: [Pillar] {
        SafeguardArea.pillars.map { area in
            Pillar(area: area, line: result.score.byArea.first { $0.id == area.rawValue },
                   worst: findings.first { $0.area == area })
        }
    }

    /// Outcomes with at least one control, and passed and failed always, with their counts.
    var shownOutcomes: [(outcome: Outcome, count: Int)] {
        Outcome.allCases.map { ($0, result.count($0)) }
            .filter { $0.count > 0 || $0.outcome == .passed || $0.outcome == .failed }
    }

    /// "12 passed · 3 failed · …", skipping zero counts except passed and failed.
    var outcomeCounts: String {
        shownOutcomes.map { "\($0.count) \($0.outcome.rawValue)" }.joined(separator: " · ")
    }

    /// "62.5" or "n/a".
    static func score(_ value: Double?) -> String { ReportScore.text(value) }

    /// "Acme Imagine 2.4.0 (acme-imagine)".
    var deploymentTitle: String {
        let deployment = result.deployment
        return [deployment.name, deployment.version].compactMap { $0 }.joined(separator: " ")
            + " (\(deployment.id))"
    }
}
