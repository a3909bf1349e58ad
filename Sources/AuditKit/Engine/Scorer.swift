/// Computes the scores and evidence coverage of a set of control results.
struct Scorer {
    let checklist: Checklist

    func summarise(_ controls: [ControlResult]) -> ScoreSummary {
        let requirementLines = checklist.requirements.map { requirement in
            line(id: requirement.id, title: requirement.title,
                 controls.filter { $0.requirement == requirement.id })
        }
        let pillarsFirst = SafeguardArea.pillars
            + SafeguardArea.allCases.filter { !SafeguardArea.pillars.contains($0) }
        let areaLines = pillarsFirst.compactMap { area -> ScoreSummary.Line? in
            let members = controls.filter { $0.area == area }
            return members.isEmpty ? nil : line(id: area.rawValue, title: area.title, members)
        }
        let counted = controls.filter { $0.outcome != .notApplicable && $0.outcome != .waived }
        let weight = counted.reduce(0) { $0 + $1.weight }
        let backed = counted.filter(\.evidenceBacked).reduce(0) { $0 + $1.weight }
        return ScoreSummary(
            overall: score(counted),
            withoutWaivers: score(controls.filter { $0.outcome != .notApplicable }),
            evidenceCoverage: weight > 0 ? Self.round(backed / weight * 100) : nil,
            byRequirement: requirementLines, byArea: areaLines, formula: ScoreSummary.formula)
    }

    private func line(id: String, title: String, _ controls: [ControlResult]) -> ScoreSummary.Line {
        let counted = controls.filter { $0.outcome != .notApplicable && $0.outcome != .waived }
        return ScoreSummary.Line(
            id: id, title: title, score: score(counted),
            credit: counted.filter { $0.outcome == .passed }.reduce(0) { $0 + $1.weight },
            weight: counted.reduce(0) { $0 + $1.weight }, controls: counted.count)
    }

    /// Σ passed weight ÷ Σ weight × 100 (waived controls count as unmet here), or nil.
    private func score(_ controls: [ControlResult]) -> Double? {
        let weight = controls.reduce(0) { $0 + $1.weight }
        guard weight > 0 else { return nil }
        let credit = controls.filter { $0.outcome == .passed }.reduce(0) { $0 + $1.weight }
        return Self.round(credit / weight * 100)
    }

    /// Two decimals, so the JSON stays readable and stable.
    static func round(_ value: Double) -> Double { (value * 100).rounded() / 100 }
}
