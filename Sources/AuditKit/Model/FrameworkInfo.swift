/// What a checklist derives from: the source framework's name, publisher and date.
public struct FrameworkInfo: Sendable, Codable, Hashable {
    /// The framework's name.
    public let name: String
    /// Who published it.
    public let publisher: String?
    /// Publication date as the publisher gives it (e.g. `2025-12`).
    public let date: String?
    /// Where to read it.
    public let url: String?
    /// A caveat for readers, e.g. that requirement titles are reconstructed.
    public let note: String?

    private enum CodingKeys: String, CodingKey, CaseIterable {
        case name, publisher, date, url, note
    }

    /// Framework details from their parts: for checklists compiled into Swift (`CatalogCompiler`).
    package init(name: String, publisher: String?, date: String?, url: String?, note: String?) {
        (self.name, self.publisher, self.date, self.url, self.note) = (name, publisher, date, url, note)
    }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.strictContainer(keyedBy: CodingKeys.self)
        name = try c.decode(String.self, forKey: .name)
        publisher = try c.decodeIfPresent(String.self, forKey: .publisher)
        date = try c.decodeIfPresent(String.self, forKey: .date)
        url = try c.decodeIfPresent(String.self, forKey: .url)
        note = try c.decodeIfPresent(String.self, forKey: .note)
    }
}
