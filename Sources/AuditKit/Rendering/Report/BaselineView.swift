/// The comparison with `--baseline` as the report shows it.
struct BaselineView: Sendable, Encodable {
    /// One changed control.
    struct Change: Sendable, Encodable {
        let control: String
        let title: String
        let from: OutcomeBadge
        let to: OutcomeBadge
    }

    let asOf: String
    let score: String
    let baselineScore: String
    let scoreDropped: Bool
    let regressions: [Change]
    let improvements: [Change]

    init(_ comparison: BaselineComparison) {
        asOf = comparison.baselineAsOf.description
        score = ReportScore.text(comparison.score)
        baselineScore = ReportScore.text(comparison.baselineScore)
        scoreDropped = comparison.scoreDropped
        let view = { (change: BaselineComparison.Change) in
            Change(control: change.control, title: change.title, from: OutcomeBadge(change.from),
                   to: OutcomeBadge(change.to))
        }
        regressions = comparison.regressions.map(view)
        improvements = comparison.improvements.map(view)
    }
}

extension BaselineView: TemplateRepresentable {
    var templateValue: TemplateValue {
        .object([
            "asOf": .text(asOf), "score": .text(score), "baselineScore": .text(baselineScore),
            "scoreDropped": .flag(scoreDropped), "regressions": .list(regressions),
            "improvements": .list(improvements),
        ])
    }
}

extension BaselineView.Change: TemplateRepresentable {
    var templateValue: TemplateValue {
        .object([
            "control": .text(control), "title": .text(title), "from": from.templateValue, "to": to.templateValue,
        ])
    }
}
