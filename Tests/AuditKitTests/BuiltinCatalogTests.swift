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

    /// Audits skip validating the built-in checklists (`validatedByTests`); this is the check
    /// they rely on.
    @Test func everyBuiltinChecklistValidates() throws {
        let catalog = BuiltinCatalog.embedded
        let validator = ChecklistValidator(references: try catalog.references(), vocabulary: try catalog.vocabulary())
        let paths = catalog.checklistFolderPaths
        var validated = 0
        for path in paths {
            guard let source = catalog.source(path), let checklist = try Loader.checklistIfAny(source) else { continue }
            #expect(validator.problems(in: checklist, source: source).isEmpty, "\(path)")
            validated += 1
        }
        #expect(validated >= 2)
        #expect(catalog.validatedByTests && !BuiltinCatalog(files: catalog.files).validatedByTests)
    }

    @Test func starterManifestIsValid() throws {
        let manifest = try Loader.manifest(SourceFile(path: "init.yaml", text: StarterManifest.text))
        #expect(manifest.identity.id == "my-deployment")
    }
}
