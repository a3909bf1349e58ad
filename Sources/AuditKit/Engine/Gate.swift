/// The gate: the one function both the printed verdict and the exit code come from.
public struct Gate: Sendable {
    /// The policy it applies.
    public let policy: GatePolicy

    /// Creates a gate.
    public init(policy: GatePolicy) { self.policy = policy }

    /// Fails when an unwaived control at or above `fail_on` is failed, not reviewed or in error,
    /// or when the overall score is below `min_score`.
    public func verdict(controls: [ControlResult], score: ScoreSummary) -> GateVerdict {
        let threshold = policy.failOn ?? .critical
        var reasons = controls
            .filter { $0.outcome.isUnmet && $0.severity >= threshold }
            .map { "\($0.id) (\($0.severity.rawValue)) is \($0.outcome.rawValue): \($0.title)" }
        if let minimum = policy.minScore {
            let overall = score.overall ?? 0
            if overall < minimum {
                reasons.append("score \(overall.formatted(maxFractionDigits: 2)) is below the "
                               + "minimum \(minimum.formatted(maxFractionDigits: 2))")
            }
        }
        return GateVerdict(passed: reasons.isEmpty, failOn: threshold, minScore: policy.minScore,
                           reasons: reasons)
    }
}
