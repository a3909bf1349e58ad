/// Every citable reference id (`safeguard: references/v1`), from the research notes.
public struct ReferenceRegistry: Sendable, Decodable {
    /// One reference: a framework requirement, principle, article or statute.
    public struct Reference: Sendable, Decodable, Hashable {
        /// Stable id, e.g. `UNICEF3-R2`.
        public let id: String
        /// The source document.
        public let source: String
        /// Short title in our words.
        public let title: String
        /// How well confirmed.
        public let confidence: Confidence
        /// Where to read it.
        public let url: String?
        /// Where the entry is written.
        public let location: SourceLocation?

        private enum CodingKeys: String, CodingKey, CaseIterable {
            case id, source, title, confidence, url
        }

        public init(from decoder: any Decoder) throws {
            let c = try decoder.strictContainer(keyedBy: CodingKeys.self)
            id = try c.decode(String.self, forKey: .id)
            source = try c.decode(String.self, forKey: .source)
            title = try c.decode(String.self, forKey: .title)
            confidence = try c.decode(Confidence.self, forKey: .confidence)
            url = try c.decodeIfPresent(String.self, forKey: .url)
            location = decoder.sourceLocation
        }
    }

    /// All references, in file order.
    public let references: [Reference]

    private enum CodingKeys: String, CodingKey, CaseIterable { case format = "safeguard", references }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.strictContainer(keyedBy: CodingKeys.self)
        references = try c.decode([Reference].self, forKey: .references)
    }

    /// The reference with `id`, if any.
    public func reference(_ id: String) -> Reference? { references.first { $0.id == id } }
}
