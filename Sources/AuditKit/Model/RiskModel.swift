/// The social-integration risk model: named factors with points, summed into an exposure score
/// (0–100) and a tier.
public struct RiskModel: Sendable, Decodable {
    /// One factor that raises exposure.
    public struct Factor: Sendable, Decodable {
        /// Stable id, e.g. `upload-editing`.
        public let id: String
        /// Points added when the factor fires.
        public let points: Int
        /// When the factor fires.
        public let when: Condition
        /// One line on why it raises exposure.
        public let reason: String

        private enum CodingKeys: String, CodingKey, CaseIterable { case id, points, when, reason }

        /// A factor from its parts: for checklists compiled into Swift (`CatalogCompiler`).
        package init(id: String, points: Int, when: Condition, reason: String) {
            (self.id, self.points, self.when, self.reason) = (id, points, when, reason)
        }

        public init(from decoder: any Decoder) throws {
            let c = try decoder.strictContainer(keyedBy: CodingKeys.self)
            id = try c.decode(String.self, forKey: .id)
            points = try c.decode(Int.self, forKey: .points)
            when = try c.decode(Condition.self, forKey: .when)
            reason = try c.decode(String.self, forKey: .reason)
        }
    }

    /// Lowest exposure score of each tier above `low`.
    public struct Thresholds: Sendable, Codable, Hashable {
        /// Lowest score of the `moderate` tier.
        public let moderate: Int
        /// Lowest score of the `high` tier.
        public let high: Int
        /// Lowest score of the `severe` tier.
        public let severe: Int

        private enum CodingKeys: String, CodingKey, CaseIterable { case moderate, high, severe }

        public init(moderate: Int, high: Int, severe: Int) {
            (self.moderate, self.high, self.severe) = (moderate, high, severe)
        }

        public init(from decoder: any Decoder) throws {
            let c = try decoder.strictContainer(keyedBy: CodingKeys.self)
            self.init(moderate: try c.decode(Int.self, forKey: .moderate),
                      high: try c.decode(Int.self, forKey: .high),
                      severe: try c.decode(Int.self, forKey: .severe))
        }

        /// The tier a score falls in.
        public func tier(for score: Int) -> RiskTier {
            score >= severe ? .severe : score >= high ? .high : score >= moderate ? .moderate : .low
        }
    }

    /// The factors, in checklist order.
    public let factors: [Factor]
    /// The tier thresholds.
    public let tiers: Thresholds
    /// Where the model is written.
    public let location: SourceLocation?

    private enum CodingKeys: String, CodingKey, CaseIterable { case factors, tiers }

    /// A risk model from its parts: for checklists compiled into Swift (`CatalogCompiler`).
    package init(factors: [Factor], tiers: Thresholds, location: SourceLocation?) {
        (self.factors, self.tiers, self.location) = (factors, tiers, location)
    }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.strictContainer(keyedBy: CodingKeys.self)
        factors = try c.decode([Factor].self, forKey: .factors)
        tiers = try c.decode(Thresholds.self, forKey: .tiers)
        location = decoder.sourceLocation
    }
}
