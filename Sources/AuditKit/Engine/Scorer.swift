/// Computes the scores and evidence coverage of a set of control results.
struct Scorer {
    let checklist: Checklist

    /// One pass over the controls, each added to the tallies it counts in: overall, without
    /// waivers, its requirement's and its area's.
    func summarise(_ controls: [ControlResult]) -> ScoreSummary {
        var overall = ScoreTally(), withoutWaivers = ScoreTally()
        var requirements: [String: ScoreTally] = [:]
        // By position in `pillarsFirst`; an area with any control gets a line, even when none
        // of them counts. (A handful of cases: finding one costs less than hashing it.)
        var areas = [ScoreTally?](repeating: nil, count: Self.pillarsFirst.count)
        controls.forEachInPlace { control in
            let slot = Self.pillarsFirst.firstIndex(of: control.pointee.area)
            if let slot, areas[slot] == nil { areas[slot] = ScoreTally() }
            let outcome = control.pointee.outcome
            if outcome != .notApplicable { withoutWaivers.add(control) }
            guard outcome != .notApplicable, outcome != .waived else { return }
            overall.add(control)
            requirements[control.pointee.requirement, default: ScoreTally()].add(control)
            if let slot { areas[slot]?.add(control) }
        }
        let requirementLines = checklist.requirements.map {
            Self.line(id: $0.id, title: $0.title, requirements[$0.id] ?? ScoreTally())
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
