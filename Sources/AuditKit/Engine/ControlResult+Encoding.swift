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
