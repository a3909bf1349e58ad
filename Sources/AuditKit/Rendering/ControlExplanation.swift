/// The text `safeguard explain` prints for one control.
public struct ControlExplanation: Sendable {
    /// The checklist the control is in.
    public let checklist: Checklist
    /// The control.
    public let control: Control
    /// The reference registry, for titles and confidence of refs.
    public let references: ReferenceRegistry?

    /// Creates an explanation.
    public init(checklist: Checklist, control: Control, references: ReferenceRegistry?) {
        self.checklist = checklist
        self.control = control
        self.references = references
    }

    /// The explanation, ending in a newline.
    public var text: String {
        let requirement = checklist.requirements.first { $0.id == control.requirement }
        var lines = [
            "\(control.id): \(control.title)",
            "checklist \(checklist.id) \(checklist.version) · requirement \(control.requirement)"
                + (requirement.map { " (\($0.title))" } ?? ""),
            "area \(control.area.rawValue) · severity \(control.severity.rawValue) · weight "
                + control.effectiveWeight.formatted(maxFractionDigits: 2)
                + (control.confidence.map { " · confidence \($0.rawValue)" } ?? ""),
            "", "Applies when:",
        ]
        lines += control.applies.map { ConditionDescriber.lines($0, indent: "  ") } ?? ["  always"]
        lines += ["", "Passes when:"] + ConditionDescriber.lines(control.require, indent: "  ")
        lines += ["", "Why it matters:", "  " + control.rationale.flattened,
                  "", "How to fix:", "  " + control.remediation.flattened, "", "References:"]
        lines += control.refs.map { ref in
            guard let reference = references?.reference(ref) else { return "  \(ref)" }
            let flag = reference.confidence.needsFlag ? " [\(reference.confidence.rawValue)]" : ""
            return "  \(ref) — \(reference.source): \(reference.title)\(flag)"
        }
        if let location = control.location { lines += ["", "Defined at \(location)"] }
        return lines.joined(separator: "\n") + "\n"
    }
}
