/// How the audit was done: the formula, what was audited against, and every input's hash.
struct MethodologyView: Sendable, Encodable {
    /// One input file and its SHA-256.
    struct Input: Sendable, Encodable {
        let role: String
        let path: String
        let sha256: String
    }

    let formula: String
    let checklistID: String
    let checklistTitle: String
    let checklistVersion: String
    let profile: String?
    let tool: String
    let asOf: String
    let failOn: String
    let inputs: [Input]

    init(_ result: AuditResult) {
        formula = result.score.formula
        checklistID = result.checklist.id
        checklistTitle = result.checklist.title
        checklistVersion = result.checklist.version
        profile = result.checklist.profile
        tool = "\(result.tool.name) \(result.tool.version)"
        asOf = result.asOf.description
        failOn = result.gate.failOn.rawValue
        inputs = result.inputs.map { Input(role: $0.role.rawValue, path: $0.path, sha256: $0.sha256) }
    }
}

extension MethodologyView: TemplateRepresentable {
    var templateValue: TemplateValue {
        .object([
            "formula": .text(formula), "checklistID": .text(checklistID), "checklistTitle": .text(checklistTitle),
            "checklistVersion": .text(checklistVersion), "profile": .optional(profile), "tool": .text(tool),
            "asOf": .text(asOf), "failOn": .text(failOn), "inputs": .list(inputs),
        ])
    }
}

extension MethodologyView.Input: TemplateRepresentable {
    var templateValue: TemplateValue {
        .object(["role": .text(role), "path": .text(path), "sha256": .text(sha256)])
    }
}
