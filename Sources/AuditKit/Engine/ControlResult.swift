/// The audit of one control: its outcome, why, and where in the manifest that was decided.
///
/// What the result repeats from the checklist is held in the control's `ControlFacts`, which
/// every result of the control shares.
public struct ControlResult: Sendable, Codable, Hashable {
    /// The checklist's side: id, title, severity, weight, texts and refs.
    let facts: ControlFacts
    /// The outcome.
    public let outcome: Outcome
    /// For a waived control, the outcome the waiver covers.
    public let waivedOutcome: Outcome?
    /// The facts that decided the outcome, each once, in the order they were found.
    public let reasons: [Reason]
    /// The manifest line that decided it, when one did.
    public let location: SourceLocation?
    /// Evidence ids consulted.
    public let evidence: [String]
    /// True when the outcome rests on fresh evidence rather than on claims alone.
    public let evidenceBacked: Bool

    /// Control id.
    public var id: String { facts.id }
    /// Control title.
    public var title: String { facts.title }
    /// Requirement id.
    public var requirement: String { facts.requirement }
    /// Safeguard area.
    public var area: SafeguardArea { facts.area }
    /// Severity.
    public var severity: Severity { facts.severity }
    /// Weight used in scoring.
    public var weight: Double { facts.weight }
    /// Where the control is written in its checklist.
    public var checklistLocation: SourceLocation? { facts.checklistLocation }
    /// Why it matters for children.
    public var rationale: String { facts.rationale }
    /// How to fix it.
    public var remediation: String { facts.remediation }
    /// Reference ids.
    public var refs: [String] { facts.refs }
    /// Set when the underlying fact is only secondary or unverified.
    public var confidence: Confidence? { facts.confidence }
    /// Inherited, modified or local, when a profile built the checklist.
    public var provenance: ControlProvenance? { facts.provenance }

    /// Creates a result from every member.
    public init(id: String, title: String, requirement: String, area: SafeguardArea, severity: Severity,
                weight: Double, outcome: Outcome, waivedOutcome: Outcome?, reasons: [Reason],
                location: SourceLocation?, checklistLocation: SourceLocation?, evidence: [String],
                evidenceBacked: Bool, rationale: String, remediation: String, refs: [String],
                confidence: Confidence?, provenance: ControlProvenance?) {
        let facts = ControlFacts(
            id: id, title: title, requirement: requirement, area: area, severity: severity, weight: weight,
            checklistLocation: checklistLocation, rationale: rationale, remediation: remediation, refs: refs,
            confidence: confidence, provenance: provenance)
        self.init(facts: facts, outcome: outcome, waivedOutcome: waivedOutcome, reasons: reasons,
                  location: location, evidence: evidence, evidenceBacked: evidenceBacked)
    }

    /// A result of the control whose `facts` these are.
    init(facts: ControlFacts, outcome: Outcome, waivedOutcome: Outcome?, reasons: [Reason],
         location: SourceLocation?, evidence: [String], evidenceBacked: Bool) {
        (self.facts, self.outcome, self.waivedOutcome, self.reasons) = (facts, outcome, waivedOutcome, reasons)
        (self.location, self.evidence, self.evidenceBacked) = (location, evidence, evidenceBacked)
    }

    /// The encoded keys (snake-cased by the JSON encoder); `encode(to:)` and `init(from:)` are
    /// in ControlResult+Encoding.swift.
    enum CodingKeys: String, CodingKey, CaseIterable {
        case id, title, requirement, area, severity, weight, outcome, waivedOutcome, reasons, location
        case checklistLocation, evidence, evidenceBacked, rationale, remediation, refs, confidence, provenance
    }

    /// The outcome the gate and the score-without-waivers see.
    public var unwaivedOutcome: Outcome { waivedOutcome ?? outcome }
}
