import Foundation
import Testing
@testable import AuditKit

/// The built-ins compiled into the binary are exactly the files in `Checklists/`.
@Suite struct BuiltinCatalogTests {
    @Test func embeddedFilesMatchTheRepository() throws {
        let folder = Fixtures.root.appendingPathComponent("Checklists")
        let onDisk = try FileManager.default.subpathsOfDirectory(atPath: folder.path)
            .filter { $0.hasSuffix(".yaml") }.map { "Checklists/" + $0 }.sorted()
        #expect(BuiltinCatalog.embedded.checklistFolderPaths == onDisk)
        for path in onDisk {
            let text = try String(contentsOf: Fixtures.root.appendingPathComponent(path), encoding: .utf8)
            #expect(BuiltinCatalog.embedded.files[path] == text, "\(path) is stale in the build")
        }
    }

    @Test func defaultChecklistIsBuiltIn() throws {
        let checklist = try #require(try BuiltinCatalog.embedded.checklist(id: BuiltinCatalog.defaultChecklistID))
        #expect(checklist.origin.path == "builtin:Checklists/unicef-ai-children-3.0.yaml")
    }

    @Test func starterManifestIsValid() throws {
        let manifest = try Loader.manifest(SourceFile(path: "init.yaml", text: StarterManifest.text))
        #expect(manifest.identity.id == "my-deployment")
    }
}
