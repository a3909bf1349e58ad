import Foundation
import Testing
@testable import AuditKit

/// A manifest's evidence entries that share a folder have that folder looked at once; each
/// entry is still resolved and confined on its own.
@Suite struct EvidenceFolderTests {
    let folder: URL

    init() throws {
        let root = try Fixtures.temporaryFolder("evidence-folders")
        folder = root.appendingPathComponent("deployment")
        for name in ["docs/a.md", "docs/b.md", "docs/inner/c.md"] {
            try write(name, in: folder)
        }
        try write("outside/d.md", in: root)
        try FileManager.default.createSymbolicLink(atPath: folder.appendingPathComponent("docs/linked").path,
                                                   withDestinationPath: "inner")
        try FileManager.default.createSymbolicLink(atPath: folder.appendingPathComponent("docs/away").path,
                                                   withDestinationPath: root.appendingPathComponent("outside").path)
    }

    private func write(_ name: String, in base: URL) throws {
        let url = base.appendingPathComponent(name)
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try "Synthetic note \(name).\n".write(to: url, atomically: true, encoding: .utf8)
    }

    private func load(_ paths: [String]) throws -> EvidenceSet {
        let entries = paths.enumerated().map { "  - {id: e\($0.offset), kind: document, path: \($0.element)}" }
        let text = "safeguard: deployment/v1\ndeployment: {id: x, name: X}\nevidence:\n"
            + entries.joined(separator: "\n") + "\n"
        let manifest = try Loader.manifest(SourceFile(path: folder.appendingPathComponent("deployment.yaml").path,
                                                      text: text))
        return try EvidenceLoader(vocabulary: nil).load(for: manifest)
    }

    @Test func entriesSharingAFolderAreEachHashed() throws {
        let evidence = try load(["docs/a.md", "docs/b.md", "docs/inner/c.md", "docs/linked/c.md"])
        let expected = ["docs/a.md", "docs/b.md", "docs/inner/c.md", "docs/inner/c.md"].map {
            SHA256Digest.hex(ofFileAt: folder.appendingPathComponent($0).path)
        }
        #expect(evidence.records.map(\.sha256) == expected)
    }

    /// A linked folder beside one already checked is resolved, and refused when it leads out.
    @Test func aLinkedFolderLeavingAfterACheckedOneIsRefused() throws {
        #expect {
            try load(["docs/a.md", "docs/away/d.md"])
        } throws: { error in
            (error as? Diagnostic)?.message.contains("leaves the manifest's folder") == true
        }
    }
}
