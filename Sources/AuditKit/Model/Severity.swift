/// How serious a control's failure is. Ordered: `critical` is the highest.
public enum Severity: String, Codable, CaseIterable, Comparable, Sendable {
    case critical, high, medium, low

    /// The weight a control of this severity carries when it sets none: 10, 5, 2, 1.
    public var defaultWeight: Double {
        switch self {
        case .critical: 10
        case .high: 5
        case .medium: 2
        case .low: 1
        }
    }

    private var rank: Int {
        switch self {
        case .critical: 3
        case .high: 2
        case .medium: 1
        case .low: 0
        }
    }

    public static func < (lhs: Severity, rhs: Severity) -> Bool { lhs.rank < rhs.rank }
}
