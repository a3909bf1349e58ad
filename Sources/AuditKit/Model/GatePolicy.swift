/// When an audit fails its gate: any unmet, unwaived control at or above `failOn`, or a score
/// below `minScore`.
public struct GatePolicy: Sendable, Codable, Hashable {
    /// Lowest severity whose unmet controls fail the gate (default `critical`).
    public var failOn: Severity?
    /// Lowest acceptable overall score, 0–100 (default none).
    public var minScore: Double?

    /// The policy with defaults: fail on critical, no minimum score.
    public static let standard = GatePolicy(failOn: .critical, minScore: nil)

    private enum CodingKeys: String, CodingKey, CaseIterable {
        case failOn = "fail_on", minScore = "min_score"
    }

    /// Creates a policy.
    public init(failOn: Severity?, minScore: Double?) {
        self.failOn = failOn
        self.minScore = minScore
    }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.strictContainer(keyedBy: CodingKeys.self)
        self.init(failOn: try c.decodeIfPresent(Severity.self, forKey: .failOn),
                  minScore: try c.decodeIfPresent(Double.self, forKey: .minScore))
    }

    /// `other`'s settings where it has them, else this policy's.
    public func overridden(by other: GatePolicy) -> GatePolicy {
        GatePolicy(failOn: other.failOn ?? failOn, minScore: other.minScore ?? minScore)
    }
}
