/// Decides one control's outcome from its conditions and the waivers.
struct ControlAuditor {
    let evaluator: ConditionEvaluator
    let manifest: DeploymentManifest
    let waivers: WaiverBook

    func audit(_ control: Control) -> ControlResult {
        if let applies = control.applies {
            let applicability = evaluator.evaluate(applies, in: manifest.root)
            if applicability.truth == .fails {
                return result(control, .notApplicable, waived: nil, applicability)
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
        if outcome.isUnmet, let note = waivers.note(for: control.id) {
            final.reasons.append(Reason(note.message, at: note.location))
            if note.applies { return result(control, .waived, waived: outcome, final) }
        }
        return result(control, outcome, waived: nil, final)
    }

    private func result(_ control: Control, _ outcome: Outcome, waived: Outcome?,
                        _ evaluation: Evaluation) -> ControlResult {
        ControlResult(
            id: control.id, title: control.title, requirement: control.requirement,
            area: control.area, severity: control.severity, weight: control.effectiveWeight,
            outcome: outcome, waivedOutcome: waived, reasons: evaluation.reasons,
            location: evaluation.reasons.lazy.compactMap(\.location).first,
            checklistLocation: control.location,
            evidence: evaluation.evidence.isEmpty ? [] : evaluation.evidence.sorted(),
            evidenceBacked: evaluation.usedFreshEvidence, rationale: control.rationale,
            remediation: control.remediation, refs: control.refs, confidence: control.confidence,
            provenance: control.provenance)
    }
}
