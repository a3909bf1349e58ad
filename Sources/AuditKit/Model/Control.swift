/// One auditable safeguard from a checklist.
///
/// A control is data: when it applies, what must hold, and the text a report shows — why it
/// matters for children, how to fix it, and which framework requirements it cites.
public struct Control: Sendable, Decodable {
    /// Stable id, e.g. `MLR-01`.
    public let id: String
    /// The checklist requirement this control belongs to, e.g. `R2`.
    public let requirement: String
    /// A one-line statement of the safeguard.
    public let title: String
    /// The safeguard area.
    public let area: SafeguardArea
    /// How serious a failure is.
    public var severity: Severity
    /// Explicit weight; `nil` means the severity's default weight.
    public var weight: Double?
    /// When the control applies; `nil` means always.
    public let applies: Condition?
    /// What must hold for the control to pass.
    public let require: Condition
    /// Why the safeguard matters for children.
    public let rationale: String
    /// What to build, configure or measure to satisfy it.
    public let remediation: String
    /// Reference ids (see `Checklists/references.yaml`).
    public let refs: [String]
    /// Set when the fact behind the control is only secondary or unverified.
    public let confidence: Confidence?
    /// Where the control is written.
    public let location: SourceLocation?
    /// Inherited, modified or local, when a profile built the effective checklist.
    public var provenance: ControlProvenance?

    /// The weight used in scoring.
    public var effectiveWeight: Double { weight ?? severity.defaultWeight }

    private enum CodingKeys: String, CodingKey, CaseIterable {
        case id, requirement, title, area, severity, weight, applies, require, rationale
        case remediation, refs, confidence
    }

    /// A control from its parts: for checklists compiled into Swift (`CatalogCompiler`).
    package init(id: String, requirement: String, title: String, area: SafeguardArea, severity: Severity,
                 weight: Double?, applies: Condition?, require: Condition, rationale: String,
                 remediation: String, refs: [String], confidence: Confidence?, location: SourceLocation?) {
        (self.id, self.requirement, self.title, self.area, self.severity) = (id, requirement, title, area, severity)
        (self.weight, self.applies, self.require, self.rationale) = (weight, applies, require, rationale)
        (self.remediation, self.refs, self.confidence, self.location) = (remediation, refs, confidence, location)
    }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.strictContainer(keyedBy: CodingKeys.self)
        id = try c.decode(String.self, forKey: .id)
        requirement = try c.decode(String.self, forKey: .requirement)
        title = try c.decode(String.self, forKey: .title)
        area = try c.decode(SafeguardArea.self, forKey: .area)
        severity = try c.decode(Severity.self, forKey: .severity)
        weight = try c.decodeIfPresent(Double.self, forKey: .weight)
        applies = try c.decodeIfPresent(Condition.self, forKey: .applies)
        require = try c.decode(Condition.self, forKey: .require)
        rationale = try c.decode(String.self, forKey: .rationale)
        remediation = try c.decode(String.self, forKey: .remediation)
        refs = try c.decodeIfPresent([String].self, forKey: .refs) ?? []
        confidence = try c.decodeIfPresent(Confidence.self, forKey: .confidence)
        location = decoder.sourceLocation
    }
}
