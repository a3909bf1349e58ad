extension CodingUserInfoKey {
    /// Set to `true` to leave out of each control what the checklist already says (title,
    /// rationale, remediation, refs, confidence, checklist location): the per-deployment facts
    /// remain. Used for JSON lines, where one portfolio run would otherwise repeat the checklist
    /// text once per deployment.
    public static let compactControls = CodingUserInfoKey(rawValue: "safeguard.compact-controls")!
}

extension ControlResult {
    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(id, forKey: .id)
        try c.encode(requirement, forKey: .requirement)
        try c.encode(area, forKey: .area)
        try c.encode(severity, forKey: .severity)
        try c.encode(weight, forKey: .weight)
        try c.encode(outcome, forKey: .outcome)
        try c.encodeIfPresent(waivedOutcome, forKey: .waivedOutcome)
        try c.encode(reasons, forKey: .reasons)
        try c.encodeIfPresent(location, forKey: .location)
        try c.encode(evidence, forKey: .evidence)
        try c.encode(evidenceBacked, forKey: .evidenceBacked)
        try c.encodeIfPresent(provenance, forKey: .provenance)
        guard encoder.userInfo[.compactControls] as? Bool != true else { return }
        try c.encode(title, forKey: .title)
        try c.encodeIfPresent(checklistLocation, forKey: .checklistLocation)
        try c.encode(rationale, forKey: .rationale)
        try c.encode(remediation, forKey: .remediation)
        try c.encode(refs, forKey: .refs)
        try c.encodeIfPresent(confidence, forKey: .confidence)
    }
}

extension ControlResult {
    /// Reads a full result's control (a baseline's): every member the full encoding writes.
    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        self.init(
            id: try c.decode(String.self, forKey: .id), title: try c.decode(String.self, forKey: .title),
            requirement: try c.decode(String.self, forKey: .requirement),
            area: try c.decode(SafeguardArea.self, forKey: .area),
            severity: try c.decode(Severity.self, forKey: .severity), weight: try c.decode(Double.self, forKey: .weight),
            outcome: try c.decode(Outcome.self, forKey: .outcome),
            waivedOutcome: try c.decodeIfPresent(Outcome.self, forKey: .waivedOutcome),
            reasons: try c.decode([Reason].self, forKey: .reasons),
            location: try c.decodeIfPresent(SourceLocation.self, forKey: .location),
            checklistLocation: try c.decodeIfPresent(SourceLocation.self, forKey: .checklistLocation),
            evidence: try c.decode([String].self, forKey: .evidence),
            evidenceBacked: try c.decode(Bool.self, forKey: .evidenceBacked),
            rationale: try c.decode(String.self, forKey: .rationale),
            remediation: try c.decode(String.self, forKey: .remediation),
            refs: try c.decode([String].self, forKey: .refs),
            confidence: try c.decodeIfPresent(Confidence.self, forKey: .confidence),
            provenance: try c.decodeIfPresent(ControlProvenance.self, forKey: .provenance))
    }
}
