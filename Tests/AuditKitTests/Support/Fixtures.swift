import Foundation
import ScratchSpace
@testable import AuditKit

/// Paths and builders shared by the suites.
enum Fixtures {
    /// `Tests/AuditKitTests/Fixtures`.
    static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("Fixtures")

    /// The repository root.
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    static func path(_ name: String) -> String { folder.appendingPathComponent(name).path }

    static let asOf = Day(iso: "2026-11-22")!

    /// The test checklist (small, with a risk model).
    static func checklist() throws -> Checklist {
        try Loader.checklist(try SourceFile(reading: path("checklist.yaml"),
                                            displayPath: "Fixtures/checklist.yaml"))
    }

    /// A manifest from YAML text, with no evidence files.
    static func manifest(_ yaml: String, path: String = "manifest.yaml") throws -> DeploymentManifest {
        try Loader.manifest(SourceFile(path: path, text: yaml))
    }

    /// A minimal valid manifest header followed by `body`.
    static func manifest(body: String) throws -> DeploymentManifest {
        try manifest("safeguard: deployment/v1\ndeployment: {id: test, name: Test}\n" + body)
    }

    static let tool = ToolInfo(name: "safeguard", version: "test")

    /// A fresh folder, removed when the test process exits.
    static func temporaryFolder(_ label: String) throws -> URL { try ScratchFolder.make(label) }
}
