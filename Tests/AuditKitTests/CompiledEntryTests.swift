@testable import AuditKit
import Testing

/// A compiled value stands in for its embedded file only while the file is unchanged.
@Suite struct CompiledEntryTests {
    static let path = "Checklists/unicef-ai-children-3.0.yaml"

    static func stand_in(sha256: String) throws -> BuiltinCatalog {
        let source = try #require(BuiltinCatalog.embedded.source(path))
        var fake = try #require(try Loader.checklistIfAny(source))
        fake.controls = Array(fake.controls.prefix(1))
        let entry = CompiledEntry(path: path, sha256: sha256) { [fake] in fake }
        return BuiltinCatalog.embedded.compiling(checklists: [entry], vocabulary: nil)
    }

    @Test func anEntryForTheCurrentTextIsUsed() throws {
        let source = try #require(BuiltinCatalog.embedded.source(Self.path))
        let catalog = try Self.stand_in(sha256: SHA256Digest.hex(of: source.bytes))
        let (checklist, _) = try AuditSetup(catalog: catalog).loadChecklist("unicef-ai-children-3.0")
        #expect(checklist.controls.count == 1, "the compiled stand-in, not a parse")
    }

    @Test func anEntryForOtherTextIsIgnoredAndTheFileParsed() throws {
        let catalog = try Self.stand_in(sha256: String(repeating: "0", count: 64))
        let (checklist, _) = try AuditSetup(catalog: catalog).loadChecklist("unicef-ai-children-3.0")
        #expect(checklist.controls.count > 100)
        #expect(try catalog.checklists().allSatisfy { $0.controls.count > 1 })
    }
}
