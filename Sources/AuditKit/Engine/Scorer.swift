/// Computes the scores and evidence coverage of a set of control results.
struct Scorer {
    let checklist: Checklist

    /// One pass over the controls, each added to the tallies it counts in: overall, without
    /// waivers, its requirement's and its area's.
    func summarise(_ controls: [ControlResult]) -> ScoreSummary {
        var overall = ScoreTally(), withoutWaivers = ScoreTally()
        // Requirements by the position of the first with their id, areas by position in
        // `pillarsFirst` (an area with any control gets a line, even when none of them counts):
        // a dozen or so of each, and finding one (short ids compare as two words) costs less
        // than hashing it.
        let requirementIDs = checklist.requirements.map(\.id)
        var requirements = [ScoreTally](repeating: ScoreTally(), count: requirementIDs.count)
        var areas = [ScoreTally?](repeating: nil, count: Self.pillarsFirst.count)
        controls.forEachInPlace { control in
            let slot = Self.pillarsFirst.firstIndex(of: control.pointee.area)
            if let slot, areas[slot] == nil { areas[slot] = ScoreTally() }
            let outcome = control.pointee.outcome
            if outcome != .notApplicable { withoutWaivers.add(control) }
            guard outcome != .notApplicable, outcome != .waived else { return }
            overall.add(control)
            if let index = requirementIDs.firstIndex(of: control.pointee.requirement) { requirements[index].add(control) }
            if let slot { areas[slot]?.add(control) }
        }
        let requirementLines = checklist.requirements.map { requirement in
            Self.line(id: requirement.id, title: requirement.title,
                      requirementIDs.firstIndex(of: requirement.id).map { requirements[$0] } ?? ScoreTally())
        }
        let areaLines = zip(Self.pillarsFirst, areas).compactMap { area, tally in
            tally.map { Self.line(id: area.rawValue, title: area.title, $0) }
        }
        return ScoreSummary(
            overall: overall.score, withoutWaivers: withoutWaivers.score, evidenceCoverage: overall.coverage,
            byRequirement: requirementLines, byArea: areaLines, formula: ScoreSummary.formula)
    }

    private static func line(id: String, title: String, _ tally: ScoreTally) -> ScoreSummary.Line {
        ScoreSummary.Line(id: id, title: title, score: tally.score, credit: tally.credit,
                          weight: tally.weight, controls: tally.controls)
    }

    private static let pillarsFirst = SafeguardArea.pillars
        + SafeguardArea.allCases.filter { !SafeguardArea.pillars.contains($0) }
}
