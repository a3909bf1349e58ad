/// Social-integration exposure tier, from `low` to `severe`.
public enum RiskTier: String, Codable, CaseIterable, Comparable, Sendable {
    case low, moderate, high, severe

    private var rank: Int { RiskTier.allCases.firstIndex(of: self) ?? 0 }

    public static func < (lhs: RiskTier, rhs: RiskTier) -> Bool { lhs.rank < rhs.rank }
}
