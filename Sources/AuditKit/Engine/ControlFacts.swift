/// What a control's result repeats from its checklist — id, title, requirement, area,
/// severity, weight, rationale, remediation, refs, confidence, provenance and where the control
/// is written — held once per control and shared by every result of it.
///
/// A result used to copy these members one by one: ten strings and lists, each a retain when
/// the result was made and a release when it was freed, for each of a manifest's hundred
/// controls. Shared, they are one retain and one release a result. An `Audit` makes the facts
/// of its checklist's controls once; each copy of a plan (`PlanReplicas`) has its own, so the
/// cores do not share their reference counts.
final class ControlFacts: Sendable, Hashable {
    let id: String
    let title: String
    let requirement: String
    let area: SafeguardArea
    let severity: Severity
    let weight: Double
    let checklistLocation: SourceLocation?
    let rationale: String
    let remediation: String
    let refs: [String]
    let confidence: Confidence?
    let provenance: ControlProvenance?

    /// The facts of `control`, with the weight it is scored with.
    convenience init(_ control: Control) {
        self.init(id: control.id, title: control.title, requirement: control.requirement, area: control.area,
                  severity: control.severity, weight: control.effectiveWeight, checklistLocation: control.location,
                  rationale: control.rationale, remediation: control.remediation, refs: control.refs,
                  confidence: control.confidence, provenance: control.provenance)
    }

    init(id: String, title: String, requirement: String, area: SafeguardArea, severity: Severity,
         weight: Double, checklistLocation: SourceLocation?, rationale: String, remediation: String,
         refs: [String], confidence: Confidence?, provenance: ControlProvenance?) {
        (self.id, self.title, self.requirement, self.area, self.severity) = (id, title, requirement, area, severity)
        (self.weight, self.checklistLocation, self.rationale) = (weight, checklistLocation, rationale)
        (self.remediation, self.refs, self.confidence, self.provenance) = (remediation, refs, confidence, provenance)
    }

    /// Equal when every member is (shared facts are equal at once).
    static func == (lhs: ControlFacts, rhs: ControlFacts) -> Bool {
        lhs === rhs || (lhs.id == rhs.id && lhs.title == rhs.title && lhs.requirement == rhs.requirement
            && lhs.area == rhs.area && lhs.severity == rhs.severity && lhs.weight == rhs.weight
            && lhs.checklistLocation == rhs.checklistLocation && lhs.rationale == rhs.rationale
            && lhs.remediation == rhs.remediation && lhs.refs == rhs.refs && lhs.confidence == rhs.confidence
            && lhs.provenance == rhs.provenance)
    }

    func hash(into hasher: inout Hasher) {
        hasher.combine(id)
        hasher.combine(title)
        hasher.combine(requirement)
        hasher.combine(area)
        hasher.combine(severity)
        hasher.combine(weight)
        hasher.combine(checklistLocation)
        hasher.combine(rationale)
        hasher.combine(remediation)
        hasher.combine(refs)
        hasher.combine(confidence)
        hasher.combine(provenance)
    }
}
