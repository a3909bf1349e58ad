/// Scores: Σ credit / Σ applicable weight × 100, overall, per requirement and per area.
public struct ScoreSummary: Sendable, Codable, Hashable {
    /// One line of a score breakdown.
    public struct Line: Sendable, Codable, Hashable {
        /// Requirement id or area name.
        public let id: String
        /// Human title.
        public let title: String
        /// The score, 0–100; nil when nothing applies.
        public let score: Double?
        /// Σ weight of passed controls.
        public let credit: Double
        /// Σ weight of applicable, unwaived controls.
        public let weight: Double
        /// Applicable controls counted.
        public let controls: Int

        enum CodingKeys: String, CodingKey, CaseIterable {
            case id, title, score, credit, weight, controls
        }
    }

    /// The formula every report prints.
    public static let formula = "score = Σ weight of passed controls ÷ Σ weight of applicable, "
        + "unwaived controls × 100; weights default to critical 10, high 5, medium 2, low 1; "
        + "not-reviewed and error count as 0; not-applicable and waived are excluded"

    /// Overall score with waivers applied; nil when nothing applies.
    public let overall: Double?
    /// Overall score counting waived controls as unmet.
    public let withoutWaivers: Double?
    /// Share (0–100) of applicable weight whose outcome rests on fresh evidence.
    public let evidenceCoverage: Double?
    /// Per requirement, in checklist order.
    public let byRequirement: [Line]
    /// Per area, pillars first.
    public let byArea: [Line]
    /// The formula, for the record.
    public let formula: String

    enum CodingKeys: String, CodingKey, CaseIterable {
        case overall, withoutWaivers, evidenceCoverage, byRequirement, byArea, formula
    }
}

/// The gate's verdict and the reasons for it.
public struct GateVerdict: Sendable, Codable, Hashable {
    /// True when the gate passed.
    public let passed: Bool
    /// Lowest severity whose unmet controls fail the gate.
    public let failOn: Severity
    /// Lowest acceptable overall score, if one was set.
    public let minScore: Double?
    /// Why it failed (empty when it passed).
    public let reasons: [String]
    /// The exposure tier whose `by_tier` rule set the policy, if one did.
    public let tierRule: RiskTier?
    /// True when regressions against a baseline fail the gate.
    public let failOnRegression: Bool?
}
