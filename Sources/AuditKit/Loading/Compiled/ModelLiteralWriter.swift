import SourceLiterals

/// Swift source text for checklist model values: expressions that rebuild each value exactly,
/// as `CatalogCompiler` writes them. Locations in the writer's `file` are written `at(line, column)`,
/// a helper every generated checklist type declares.
struct ModelLiteralWriter {
    /// The path locations are written relative to, e.g. `builtin:Checklists/x.yaml`.
    let file: String

    typealias L = SwiftLiteral

    func location(_ location: SourceLocation?) -> String {
        guard let location else { return "nil" }
        guard location.file == file else {
            return "SourceLocation(file: \(L.string(location.file)), line: \(location.line), column: \(location.column))"
        }
        return "at(\(location.line), \(location.column))"
    }

    func strings(_ values: [String]) -> String { L.array(values, L.string) }

    func framework(_ info: FrameworkInfo) -> String {
        "FrameworkInfo(name: \(L.string(info.name)), publisher: \(L.optional(info.publisher, L.string)), "
            + "date: \(L.optional(info.date, L.string)), url: \(L.optional(info.url, L.string)), "
            + "note: \(L.optional(info.note, L.string)))"
    }

    func requirement(_ requirement: Requirement) -> String {
        "Requirement(id: \(L.string(requirement.id)), title: \(L.string(requirement.title)), "
            + "refs: \(strings(requirement.refs)), confidence: \(L.optional(requirement.confidence, L.enumCase)), "
            + "description: \(L.optional(requirement.description, L.string)), "
            + "location: \(location(requirement.location)))"
    }

    func riskModel(_ model: RiskModel) -> String {
        let factors = model.factors.map { factor in
            "    RiskModel.Factor(id: \(L.string(factor.id)), points: \(factor.points), "
                + "when: \(condition(factor.when)), reason: \(L.string(factor.reason))),\n"
        }
        let tiers = model.tiers
        return "RiskModel(factors: [\n" + factors.joined() + "], tiers: RiskModel.Thresholds("
            + "moderate: \(tiers.moderate), high: \(tiers.high), severe: \(tiers.severe)), "
            + "location: \(location(model.location)))"
    }

    func control(_ control: Control) -> String {
        "Control(\n"
            + "    id: \(L.string(control.id)), requirement: \(L.string(control.requirement)),\n"
            + "    title: \(L.string(control.title)),\n"
            + "    area: \(L.enumCase(control.area)), severity: \(L.enumCase(control.severity)), "
            + "weight: \(L.optional(control.weight, L.double)),\n"
            + "    applies: \(L.optional(control.applies, condition)),\n"
            + "    require: \(condition(control.require)),\n"
            + "    rationale: \(L.string(control.rationale)),\n"
            + "    remediation: \(L.string(control.remediation)),\n"
            + "    refs: \(strings(control.refs)), confidence: \(L.optional(control.confidence, L.enumCase)),\n"
            + "    location: \(location(control.location))\n)"
    }

    func category(_ category: MetricVocabulary.Category) -> String {
        "MetricVocabulary.Category(id: \(L.string(category.id)), expect: \(L.enumCase(category.expect)), "
            + "title: \(L.string(category.title)), description: \(L.string(category.description)), "
            + "location: \(location(category.location)))"
    }
}
