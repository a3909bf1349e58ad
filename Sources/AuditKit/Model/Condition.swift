/// A structured condition from a checklist: what must hold for a control to apply or pass.
///
/// Conditions are YAML data, not a string language: `all`, `any`, `not`; `field` leaves with
/// `equals`, `in`, `contains`, `at_least`, `at_most`, `exists`; `some`/`each` over a list with a
/// nested `where`; `metric` leaves; `document` leaves; `risk_tier_at_least`.
public struct Condition: Sendable, Hashable {
    /// The condition's form.
    public indirect enum Kind: Sendable, Hashable {
        /// Every child holds.
        case all([Condition])
        /// At least one child holds.
        case any([Condition])
        /// The child does not hold.
        case not(Condition)
        /// Tests on one manifest field; all tests must hold.
        case field(FieldPath, [FieldTest])
        /// Some element of the list at the path satisfies the nested condition.
        case some(FieldPath, Condition)
        /// Every element of the list at the path satisfies the nested condition.
        case each(FieldPath, Condition)
        /// A measured rate from evidence meets its thresholds.
        case metric(MetricTest)
        /// The field names an evidence entry collected recently enough.
        case document(FieldPath, maxAgeDays: Int?)
        /// The social-integration exposure tier is at least this.
        case riskTierAtLeast(RiskTier)
    }

    /// What the condition tests.
    public let kind: Kind
    /// Where the condition is written in its checklist.
    public let location: SourceLocation?
    /// A `field` kind's path and tests behind one reference, for the evaluator (nil otherwise).
    let fieldLeaf: FieldLeaf?

    /// Creates a condition.
    public init(_ kind: Kind, at location: SourceLocation? = nil) {
        self.kind = kind
        self.location = location
        if case .field(let path, let tests) = kind { fieldLeaf = FieldLeaf(path, tests) } else { fieldLeaf = nil }
    }

    /// Equal when the kinds and locations are (the leaf is made from the kind).
    public static func == (lhs: Condition, rhs: Condition) -> Bool {
        lhs.kind == rhs.kind && lhs.location == rhs.location
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(kind)
        hasher.combine(location)
    }
}

/// One test on a manifest field's value.
public enum FieldTest: Sendable, Hashable {
    /// The value equals the literal (compared by the field's type).
    case equals(String)
    /// The value is one of the literals.
    case isIn([String])
    /// The list value contains the literal.
    case contains(String)
    /// The numeric value is at least this.
    case atLeast(Double)
    /// The numeric value is at most this.
    case atMost(Double)
    /// The date value is at most this many days before the as-of date (and not after it).
    case withinDays(Int)
    /// The field is (true) or is not (false) declared.
    case exists(Bool)
}

/// Thresholds on a measured metric category.
public struct MetricTest: Sendable, Hashable {
    /// The metric category, e.g. `refusal.minor-sexualisation`.
    public let category: String
    /// Minimum point rate.
    public let atLeast: Double?
    /// Minimum Wilson 95 % lower bound of the rate.
    public let lowerBoundAtLeast: Double?
    /// Minimum number of samples.
    public let minSamples: Int?
    /// Oldest acceptable measurement, in days before the as-of date.
    public let maxAgeDays: Int?

    /// Creates a metric test.
    public init(category: String, atLeast: Double? = nil, lowerBoundAtLeast: Double? = nil,
                minSamples: Int? = nil, maxAgeDays: Int? = nil) {
        self.category = category
        self.atLeast = atLeast
        self.lowerBoundAtLeast = lowerBoundAtLeast
        self.minSamples = minSamples
        self.maxAgeDays = maxAgeDays
    }
}
