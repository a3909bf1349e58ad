/// A group of controls: one of the source framework's requirements (UNICEF 3.0's ten).
public struct Requirement: Sendable, Decodable, Hashable {
    /// Id within the checklist, e.g. `R2`.
    public let id: String
    /// Working title, in our own words.
    public let title: String
    /// Reference ids for the requirement itself.
    public let refs: [String]
    /// How well the requirement's wording is confirmed.
    public let confidence: Confidence?
    /// Optional longer description.
    public let description: String?
    /// Where the requirement is written.
    public let location: SourceLocation?

    private enum CodingKeys: String, CodingKey, CaseIterable {
        case id, title, refs, confidence, description
    }

    /// A requirement from its parts: for checklists compiled into Swift (`CatalogCompiler`).
    package init(id: String, title: String, refs: [String], confidence: Confidence?, description: String?,
                 location: SourceLocation?) {
        (self.id, self.title, self.refs, self.confidence) = (id, title, refs, confidence)
        (self.description, self.location) = (description, location)
    }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.strictContainer(keyedBy: CodingKeys.self)
        id = try c.decode(String.self, forKey: .id)
        title = try c.decode(String.self, forKey: .title)
        refs = try c.decodeIfPresent([String].self, forKey: .refs) ?? []
        confidence = try c.decodeIfPresent(Confidence.self, forKey: .confidence)
        description = try c.decodeIfPresent(String.self, forKey: .description)
        location = decoder.sourceLocation
    }
}
