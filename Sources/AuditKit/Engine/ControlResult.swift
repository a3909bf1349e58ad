/// The audit of one control: its outcome, why, and where in the manifest that was decided.
public struct ControlResult: Sendable, Codable, Hashable {
    /// Control id.
    public let id: String
    /// Control title.
    public let title: String
    /// Requirement id.
    public let requirement: String
    /// Safeguard area.
    public let area: SafeguardArea
    /// Severity.
    public let severity: Severity
    /// Weight used in scoring.
    public let weight: Double
    /// The outcome.
    public let outcome: Outcome
    /// For a waived control, the outcome the waiver covers.
    public let waivedOutcome: Outcome?
    /// The facts that decided the outcome.
    public let reasons: [Reason]
    /// The manifest line that decided it, when one did.
    public let location: SourceLocation?
    /// Where the control is written in its checklist.
    public let checklistLocation: SourceLocation?
    /// Evidence ids consulted.
    public let evidence: [String]
    /// True when the outcome rests on fresh evidence rather than on claims alone.
    public let evidenceBacked: Bool
    /// Why it matters for children.
    public let rationale: String
    /// How to fix it.
    public let remediation: String
    /// Reference ids.
    public let refs: [String]
    /// Set when the underlying fact is only secondary or unverified.
    public let confidence: Confidence?
    /// Inherited, modified or local, when a profile built the checklist.
    public let provenance: ControlProvenance?

    /// The encoded keys (snake-cased by the JSON encoder); `encode(to:)` is in
    /// ControlResult+Encoding.swift.
    enum CodingKeys: String, CodingKey, CaseIterable {
        case id, title, requirement, area, severity, weight, outcome, waivedOutcome, reasons, location
        case checklistLocation, evidence, evidenceBacked, rationale, remediation, refs, confidence, provenance
    }

    /// The outcome the gate and the score-without-waivers see.
    public var unwaivedOutcome: Outcome { waivedOutcome ?? outcome }
}
