/// Decides one control's outcome from its conditions and the waivers.
struct ControlAuditor {
    let evaluator: ConditionEvaluator
    let manifest: DeploymentManifest
    let waivers: WaiverBook

    /// The control's result, sharing the control's `facts`. The control is passed by pointer,
    /// read in place: passed by value it was copied first, eight retains and releases of the
    /// checklist's shared strings a control, which both cores touch.
    func audit(_ control: UnsafePointer<Control>, facts: ControlFacts) -> ControlResult {
        if let applies = control.pointee.applies {
            let applicability = evaluator.evaluate(applies, in: manifest.root)
            if applicability.truth == .fails {
                return result(facts, .notApplicable, waived: nil, applicability)
            }
        }
        let evaluation = evaluator.evaluate(control.pointee.require, in: manifest.root)
        let outcome: Outcome = switch evaluation.truth {
        case .holds: .passed
        case .fails: .failed
        case .unknown: .notReviewed
        case .error: .error
        }
        var final = evaluation
        if outcome.isUnmet, let note = waivers.note(for: control.pointee.id) {
            final.reasons.append(Reason(note.message, at: note.location))
            if note.applies { return result(facts, .waived, waived: outcome, final) }
        }
        return result(facts, outcome, waived: nil, final)
    }

    private func result(_ facts: ControlFacts, _ outcome: Outcome, waived: Outcome?,
                        _ evaluation: Evaluation) -> ControlResult {
        ControlResult(
            facts: facts, outcome: outcome, waivedOutcome: waived, reasons: evaluation.reasons,
            location: evaluation.reasons.lazy.compactMap(\.location).first,
            evidence: evaluation.evidence.isEmpty ? [] : evaluation.evidence.sorted(),
            evidenceBacked: evaluation.usedFreshEvidence)
    }
}
