/// One unmet control as the findings section tells it: what is missing, why it matters, how to
/// fix it and which manifest line decided it.
struct FindingView: Sendable, Encodable {
    /// One fact behind the outcome, with the line it came from.
    struct ReasonView: Sendable, Encodable {
        let message: String
        let location: String?
    }

    let id: String
    let anchor: String
    let title: String
    let severity: String
    let outcome: OutcomeBadge
    let area: String
    let requirement: String
    let requirementTitle: String
    let reasons: [ReasonView]
    let location: String?
    let rationale: String
    let remediation: String
    let refs: String
    /// Set when the control rests on a fact the references only partly confirm.
    let confidence: String?

    init(_ control: ControlResult, requirementTitle: String) {
        id = control.id
        anchor = ControlRow.anchor(for: control.id)
        title = control.title
        severity = control.severity.rawValue
        outcome = OutcomeBadge(control.outcome)
        area = control.area.title
        requirement = control.requirement
        self.requirementTitle = requirementTitle
        reasons = control.reasons.map { ReasonView(message: $0.message, location: $0.location?.description) }
        location = control.location?.description
        rationale = control.rationale.flattened
        remediation = control.remediation.flattened
        refs = control.refs.joined(separator: ", ")
        confidence = control.confidence.flatMap { $0.needsFlag ? $0.rawValue : nil }
    }
}

extension FindingView: TemplateRepresentable {
    var templateValue: TemplateValue {
        .object([
            "id": .text(id), "anchor": .text(anchor), "title": .text(title), "severity": .text(severity),
            "outcome": outcome.templateValue, "area": .text(area), "requirement": .text(requirement),
            "requirementTitle": .text(requirementTitle), "reasons": .list(reasons),
            "location": .optional(location), "rationale": .text(rationale), "remediation": .text(remediation),
            "refs": .text(refs), "confidence": .optional(confidence),
        ])
    }
}

extension FindingView.ReasonView: TemplateRepresentable {
    var templateValue: TemplateValue {
        .object(["message": .text(message), "location": .optional(location)])
    }
}
