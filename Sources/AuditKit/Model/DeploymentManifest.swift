/// A validated deployment manifest (`safeguard: deployment/v1`).
public struct DeploymentManifest: Sendable {
    /// The file's path as given, and its SHA-256.
    public let path: String
    /// SHA-256 of the manifest's bytes.
    public let sha256: String
    /// The `deployment:` section.
    public let identity: DeploymentIdentity
    /// The whole manifest as a typed tree; conditions read claims from it.
    public let root: ManifestNode
    /// The evidence entries, in manifest order.
    public let evidence: [EvidenceEntry]
    /// The waivers, in manifest order.
    public let waivers: [Waiver]
    /// The manifest's text, for quoting lines in diagnostics.
    let source: SourceFile

    init(source: SourceFile, sha256: String, root: ManifestNode) {
        self.source = source
        self.path = source.path
        self.sha256 = sha256
        self.root = root
        identity = DeploymentIdentity(root["deployment"] ?? root)
        evidence = root.list("evidence").map(EvidenceEntry.init)
        waivers = root.list("waivers").map(Waiver.init)
    }
}
