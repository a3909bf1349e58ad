/// A file the manifest offers as evidence: red-team results, metrics or a document.
public struct EvidenceEntry: Sendable, Hashable {
    /// What sort of evidence it is.
    public enum Kind: String, Sendable, Codable, CaseIterable {
        case redTeam = "red-team", document, metrics, screenshot, log
    }

    /// How a results file is to be read.
    public enum Format: String, Sendable, Codable, CaseIterable {
        /// A `safeguard: metrics/v1` file.
        case safeguard
        /// promptfoo result JSON.
        case promptfoo
        /// garak `report.jsonl`.
        case garak
    }

    /// Id, unique within the manifest.
    public let id: String
    /// The kind.
    public let kind: Kind
    /// The results format, for files that carry measurements.
    public let format: Format?
    /// The path as written, relative to the manifest's folder.
    public let path: String
    /// When the evidence was collected.
    public let collected: Day?
    /// Shelf life in days (default 365).
    public let maxAgeDays: Int
    /// Where the entry is written.
    public let location: SourceLocation
    /// Where its `path` is written.
    public let pathLocation: SourceLocation

    /// Shelf life when an entry sets none.
    public static let defaultMaxAgeDays = 365

    init(_ node: ManifestNode) {
        id = node.text("id") ?? ""
        kind = node.text("kind").flatMap(Kind.init(rawValue:)) ?? .document
        format = node.text("format").flatMap(Format.init(rawValue:))
        path = node.text("path") ?? ""
        collected = node.day("collected")
        maxAgeDays = node.integer("max_age_days") ?? Self.defaultMaxAgeDays
        location = node.location
        pathLocation = node["path"]?.location ?? node.location
    }
}
