/// One of the four pillars: its score and its worst unmet control.
struct PillarView: Sendable, Encodable {
    /// The worst finding, linked to its entry.
    struct Worst: Sendable, Encodable {
        let id: String
        let anchor: String
        let title: String
        let severity: String
        let outcome: OutcomeBadge

        init(_ control: ControlResult) {
            id = control.id
            anchor = ControlRow.anchor(for: control.id)
            title = control.title
            severity = control.severity.rawValue
            outcome = OutcomeBadge(control.outcome)
        }
    }

    let title: String
    let score: String
    let controls: Int
    let worst: Worst?

    init(_ pillar: ReportSummary.Pillar) {
        title = pillar.area.title
        score = ReportSummary.score(pillar.line?.score)
        controls = pillar.line?.controls ?? 0
        worst = pillar.worst.map(Worst.init)
    }
}

extension PillarView: TemplateRepresentable {
    var templateValue: TemplateValue {
        .object([
            "title": .text(title), "score": .text(score), "controls": .integer(controls), "worst": .optional(worst),
        ])
    }
}

extension PillarView.Worst: TemplateRepresentable {
    var templateValue: TemplateValue {
        .object([
            "id": .text(id), "anchor": .text(anchor), "title": .text(title), "severity": .text(severity),
            "outcome": outcome.templateValue,
        ])
    }
}
