/// The gate: the one function both the printed verdict and the exit code come from.
public struct Gate: Sendable {
    /// The policy it applies, already resolved for the deployment's exposure tier.
    public let policy: GatePolicy
    /// The tier whose rule shaped the policy, if one did.
    public let tierRule: RiskTier?

    /// Creates a gate.
    public init(policy: GatePolicy, tierRule: RiskTier? = nil) { (self.policy, self.tierRule) = (policy, tierRule) }

    /// Fails when an unwaived control at or above `fail_on` is failed, not reviewed or in error,
    /// when the overall score is below `min_score`, or — with `fail_on_regression` — when the
    /// baseline comparison found a regression.
    public func verdict(controls: [ControlResult], score: ScoreSummary,
                        baseline: BaselineComparison? = nil) -> GateVerdict {
        let threshold = policy.failOn ?? .critical
        var reasons = controls.mapInPlace { control -> String? in
            let (outcome, severity) = (control.pointee.outcome, control.pointee.severity)
            guard outcome.isUnmet, severity >= threshold else { return nil }
            return "\(control.pointee.id) (\(severity.rawValue)) is \(outcome.rawValue): \(control.pointee.title)"
        }.compactMap { $0 }
        if let minimum = policy.minScore {
            let overall = score.overall ?? 0
            if overall < minimum {
                reasons.append("score \(overall.formatted(maxFractionDigits: 2)) is below the "
                               + "minimum \(minimum.formatted(maxFractionDigits: 2))")
            }
        }
        if policy.failOnRegression == true, let baseline {
            reasons += baseline.regressionLines
        }
        return GateVerdict(passed: reasons.isEmpty, failOn: threshold, minScore: policy.minScore,
                           reasons: reasons, tierRule: tierRule,
                           failOnRegression: policy.failOnRegression == true ? true : nil)
    }
}
