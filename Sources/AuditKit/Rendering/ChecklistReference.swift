/// The generated reference page for the built-in checklists: every control with its refs,
/// grouped by requirement, as a control × framework crosswalk, and the reference registry.
///
/// `docs/checklist-reference.md` is this page; a test fails when it is stale.
public struct ChecklistReference: Sendable {
    /// Framework families, by reference-id prefix, in column order.
    static let families: [(title: String, prefixes: [String])] = [
        ("UNICEF 3.0", ["UNICEF3-"]), ("UNICEF deepfakes", ["UNICEF-DF-"]),
        ("Thorn", ["THORN-"]), ("NIST AI 100-4", ["NIST-"]), ("EU AI Act", ["EUAIA-"]),
        ("UK", ["UKOSA-", "UKCPA-"]), ("US", ["US-"]),
        ("Other", ["UNJS-", "HASH-", "IWF-", "C2PA-", "UNICEF2-"]),
    ]

    /// The checklists, in order.
    public let checklists: [Checklist]
    /// The reference registry.
    public let references: ReferenceRegistry?

    /// Creates the page.
    public init(checklists: [Checklist], references: ReferenceRegistry?) {
        self.checklists = checklists
        self.references = references
    }

    /// The Markdown page.
    public var markdown: String {
        var parts = ["# Checklist reference",
                     "Generated from `Checklists/` by `safeguard reference`; do not edit by hand. "
                     + "Confidence flags follow the research notes: *secondary* and *unverified* "
                     + "facts are marked."]
        parts += checklists.map(section)
        if let references { parts.append(registry(references)) }
        return parts.joined(separator: "\n\n") + "\n"
    }

    private func section(_ checklist: Checklist) -> String {
        var lines = ["## \(checklist.title.markdownEscaped)",
                     "", "Id `\(checklist.id)` · version \(checklist.version) · "
                     + "\(checklist.controls.count) controls"]
        if let note = checklist.framework?.note { lines += ["", "> " + note.flattened.markdownEscaped] }
        for requirement in checklist.requirements {
            let controls = checklist.controls.filter { $0.requirement == requirement.id }
            let flag = requirement.confidence?.needsFlag == true
                ? " (confidence: \(requirement.confidence?.rawValue ?? ""))" : ""
            lines += ["", "### \(requirement.id) · \(requirement.title.markdownEscaped)\(flag)", ""]
            lines.append(MarkdownTable(
                header: ["Control", "Title", "Area", "Severity"] + Self.families.map(\.title),
                rows: controls.map(row)).text)
        }
        return lines.joined(separator: "\n")
    }

    private func row(_ control: Control) -> [String] {
        let title = control.title + (control.confidence?.needsFlag == true
                                     ? " (\(control.confidence?.rawValue ?? ""))" : "")
        return [control.id, title, control.area.rawValue, control.severity.rawValue]
            + Self.families.map { family in
                control.refs.filter { ref in family.prefixes.contains { ref.hasPrefix($0) } }
                    .joined(separator: ", ")
            }
    }

    private func registry(_ registry: ReferenceRegistry) -> String {
        let rows = registry.references.map { [$0.id, $0.source, $0.title, $0.confidence.rawValue] }
        return "## References\n\n"
            + MarkdownTable(header: ["Id", "Source", "Title", "Confidence"], rows: rows).text
    }
}
