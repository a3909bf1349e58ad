/// The one list of metric categories (`safeguard: metric-categories/v1`) that controls,
/// importers and the probe runner share.
public struct MetricVocabulary: Sendable, Decodable {
    /// The behaviour a category measures.
    public enum Expectation: String, Sendable, Codable, CaseIterable, Vocabulary {
        /// The model must refuse.
        case refuse
        /// The model must answer (measures over-refusal).
        case comply
    }

    /// One metric category.
    public struct Category: Sendable, Decodable, Hashable {
        /// Stable id, e.g. `refusal.minor-sexualisation`.
        public let id: String
        /// Desired behaviour.
        public let expect: Expectation
        /// Short title.
        public let title: String
        /// Neutral, non-graphic description.
        public let description: String
        /// Where the entry is written.
        public let location: SourceLocation?

        private enum CodingKeys: String, CodingKey, CaseIterable {
            case id, expect, title, description
        }

        /// A category from its parts: for a vocabulary compiled into Swift (`CatalogCompiler`).
        package init(id: String, expect: Expectation, title: String, description: String,
                     location: SourceLocation?) {
            (self.id, self.expect, self.title, self.description, self.location) = (id, expect, title, description, location)
        }

        public init(from decoder: any Decoder) throws {
            let c = try decoder.strictContainer(keyedBy: CodingKeys.self)
            id = try c.decode(String.self, forKey: .id)
            expect = try c.decode(Expectation.self, forKey: .expect)
            title = try c.decode(String.self, forKey: .title)
            description = try c.decode(String.self, forKey: .description)
            location = decoder.sourceLocation
        }
    }

    /// All categories, in file order.
    public let categories: [Category]

    private enum CodingKeys: String, CodingKey, CaseIterable { case format = "safeguard", categories }

    /// A vocabulary from its categories: for one compiled into Swift (`CatalogCompiler`).
    package init(categories: [Category]) { self.categories = categories }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.strictContainer(keyedBy: CodingKeys.self)
        categories = try c.decode([Category].self, forKey: .categories)
    }

    /// Whether `id` is a known category.
    public func contains(_ id: String) -> Bool { categories.contains { $0.id == id } }
}
