/// Who and what is being audited: the manifest's `deployment:` section.
public struct DeploymentIdentity: Sendable, Codable, Hashable {
    /// Stable kebab-case id.
    public let id: String
    /// Display name.
    public let name: String
    /// Release version.
    public let version: String?
    /// Owning team or organisation.
    public let owner: String?
    /// Planned or actual release date.
    public let releaseDate: Day?
    /// Markets the deployment ships to.
    public let markets: [String]

    init(_ node: ManifestNode) {
        id = node.text("id") ?? ""
        name = node.text("name") ?? ""
        version = node.text("version")
        owner = node.text("owner")
        releaseDate = node.day("release_date")
        markets = node.list("markets").map(\.literal)
    }
}
