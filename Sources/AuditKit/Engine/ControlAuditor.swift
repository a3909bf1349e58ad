/// Decides one control's outcome from its conditions and the waivers.
struct ControlAuditor {
    let evaluator: ConditionEvaluator
    let manifest: DeploymentManifest
    let waivers: WaiverBook

    /// The control's result, sharing the control's facts.
    func audit(_ control: PlannedControl) -> ControlResult {
        if !control.appliesAlways {
            let applicability = evaluator.evaluate(control.applies, in: manifest.root)
            if applicability.truth == .fails {
                return result(control.facts, .notApplicable, waived: nil, applicability)
            }
        }
        let evaluation = evaluator.evaluate(control.require, in: manifest.root)
        let outcome: Outcome = switch evaluation.truth {
        case .holds: .passed
        case .fails: .failed
        case .unknown: .notReviewed
        case .error: .error
        }
        var final = evaluation
        if outcome.isUnmet, let note = waivers.note(for: control.facts.id) {
            final.reasons.append(Reason(note.message, at: note.location))
            if note.applies { return result(control.facts, .waived, waived: outcome, final) }
        }
        return result(control.facts, outcome, waived: nil, final)
    }

    private func result(_ facts: ControlFacts, _ outcome: Outcome, waived: Outcome?,
                        _ evaluation: consuming Evaluation) -> ControlResult {
        evaluation.reasons.removeRepeats()
        return ControlResult(
            facts: facts, outcome: outcome, waivedOutcome: waived, reasons: evaluation.reasons,
            location: evaluation.reasons.lazy.compactMap(\.location).first,
            evidence: evaluation.evidence.isEmpty ? [] : evaluation.evidence.sorted(),
            evidenceBacked: evaluation.usedFreshEvidence)
    }
}
