/// Computes the scores and evidence coverage of a set of control results.
struct Scorer {
    let checklist: Checklist

    /// What scoring needs of one control result: copying whole results (a dozen strings and
    /// arrays each) into every filtered subset cost more than the arithmetic.
    private struct Entry {
        let requirement: String
        let area: SafeguardArea
        let outcome: Outcome
        let weight: Double
        let evidenceBacked: Bool

        var isCounted: Bool { outcome != .notApplicable && outcome != .waived }
    }

    func summarise(_ controls: [ControlResult]) -> ScoreSummary {
        let entries = controls.map {
            Entry(requirement: $0.requirement, area: $0.area, outcome: $0.outcome, weight: $0.weight,
                  evidenceBacked: $0.evidenceBacked)
        }
        let requirementLines = checklist.requirements.map { requirement in
            line(id: requirement.id, title: requirement.title,
                 entries.filter { $0.requirement == requirement.id })
        }
        let pillarsFirst = SafeguardArea.pillars
            + SafeguardArea.allCases.filter { !SafeguardArea.pillars.contains($0) }
        let areaLines = pillarsFirst.compactMap { area -> ScoreSummary.Line? in
            let members = entries.filter { $0.area == area }
            return members.isEmpty ? nil : line(id: area.rawValue, title: area.title, members)
        }
        let counted = entries.filter(\.isCounted)
        let weight = counted.reduce(0) { $0 + $1.weight }
        let backed = counted.filter(\.evidenceBacked).reduce(0) { $0 + $1.weight }
        return ScoreSummary(
            overall: score(counted),
            withoutWaivers: score(entries.filter { $0.outcome != .notApplicable }),
            evidenceCoverage: weight > 0 ? Self.round(backed / weight * 100) : nil,
            byRequirement: requirementLines, byArea: areaLines, formula: ScoreSummary.formula)
    }

    private func line(id: String, title: String, _ entries: [Entry]) -> ScoreSummary.Line {
        let counted = entries.filter(\.isCounted)
        return ScoreSummary.Line(
            id: id, title: title, score: score(counted),
            credit: counted.filter { $0.outcome == .passed }.reduce(0) { $0 + $1.weight },
            weight: counted.reduce(0) { $0 + $1.weight }, controls: counted.count)
    }

    /// Σ passed weight ÷ Σ weight × 100 (waived controls count as unmet here), or nil.
    private func score(_ entries: [Entry]) -> Double? {
        let weight = entries.reduce(0) { $0 + $1.weight }
        guard weight > 0 else { return nil }
        let credit = entries.filter { $0.outcome == .passed }.reduce(0) { $0 + $1.weight }
        return Self.round(credit / weight * 100)
    }

    /// Two decimals, so the JSON stays readable and stable.
    static func round(_ value: Double) -> Double { (value * 100).rounded() / 100 }
}
