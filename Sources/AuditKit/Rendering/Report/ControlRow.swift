/// One row of the full control matrix.
struct ControlRow: Sendable, Encodable {
    let id: String
    let title: String
    let area: String
    let severity: String
    let outcome: OutcomeBadge
    /// For a waived control, the outcome the waiver covers.
    let waivedOutcome: String?
    /// Set when the control has an entry under Findings, to link to.
    let findingAnchor: String?
    /// With a profile: "inherited", "modified" or "local", the source, and what changed.
    let origin: String?
    let source: String?
    let changes: String?

    init(_ control: ControlResult) {
        id = control.id
        title = control.title
        area = control.area.title
        severity = control.severity.rawValue
        outcome = OutcomeBadge(control.outcome)
        waivedOutcome = control.waivedOutcome.map { OutcomeBadge($0).label }
        findingAnchor = control.outcome.isUnmet ? Self.anchor(for: control.id) : nil
        origin = control.provenance?.origin.rawValue
        source = control.provenance?.source
        changes = control.provenance.flatMap { $0.changes.isEmpty ? nil : $0.changes.joined(separator: "; ") }
    }

    /// An HTML id for a control's finding; control ids are already letters, digits and `-._`.
    static func anchor(for id: String) -> String { "finding-" + id }
}

extension ControlRow: TemplateRepresentable {
    var templateValue: TemplateValue {
        .object([
            "id": .text(id), "title": .text(title), "area": .text(area), "severity": .text(severity),
            "outcome": outcome.templateValue, "waivedOutcome": .optional(waivedOutcome),
            "findingAnchor": .optional(findingAnchor), "origin": .optional(origin),
            "source": .optional(source), "changes": .optional(changes),
        ])
    }
}
