/// A versioned catalogue of controls derived from a source framework
/// (`safeguard: checklist/v1`).
public struct Checklist: Sendable, Decodable {
    /// Stable id, e.g. `unicef-ai-children-3.0`.
    public let id: String
    /// The checklist's own version.
    public let version: String
    /// Human title.
    public let title: String
    /// The framework it derives from.
    public let framework: FrameworkInfo?
    /// Groups of controls, in order.
    public let requirements: [Requirement]
    /// The social-integration risk model, if the checklist defines one.
    public let riskModel: RiskModel?
    /// The controls, in checklist order.
    public var controls: [Control]
    /// Where the checklist came from (a path or `builtin:<id>`), and its SHA-256.
    public internal(set) var origin = Origin(path: "", sha256: "")

    /// A checklist's file and hash.
    public struct Origin: Sendable, Codable, Hashable {
        /// Path or `builtin:<id>`.
        public let path: String
        /// SHA-256 of the file's bytes, lower-case hex.
        public let sha256: String

        /// An origin from its parts: for checklists compiled into Swift (`CatalogCompiler`).
        package init(path: String, sha256: String) { (self.path, self.sha256) = (path, sha256) }
    }

    private enum CodingKeys: String, CodingKey, CaseIterable {
        case format = "safeguard", id, version, title, framework, requirements
        case riskModel = "risk_model", controls
    }

    /// Creates a checklist from parts (an effective checklist built from a profile).
    public init(id: String, version: String, title: String, framework: FrameworkInfo?,
                requirements: [Requirement], riskModel: RiskModel?, controls: [Control], origin: Origin) {
        (self.id, self.version, self.title, self.framework) = (id, version, title, framework)
        (self.requirements, self.riskModel, self.controls, self.origin) = (requirements, riskModel, controls, origin)
    }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.strictContainer(keyedBy: CodingKeys.self)
        id = try c.decode(String.self, forKey: .id)
        version = try c.decode(String.self, forKey: .version)
        title = try c.decode(String.self, forKey: .title)
        framework = try c.decodeIfPresent(FrameworkInfo.self, forKey: .framework)
        requirements = try c.decode([Requirement].self, forKey: .requirements)
        riskModel = try c.decodeIfPresent(RiskModel.self, forKey: .riskModel)
        controls = try c.decodeElementsInParallel([Control].self, forKey: .controls)
    }
}
