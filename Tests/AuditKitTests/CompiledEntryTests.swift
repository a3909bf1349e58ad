import Foundation
@testable import AuditKit
import Testing

/// A compiled value stands in for its embedded file only while the file is unchanged.
@Suite struct CompiledEntryTests {
    static let path = "Checklists/unicef-ai-children-3.0.yaml"

    static func stand_in(fingerprint: UInt64) throws -> BuiltinCatalog {
        let source = try #require(BuiltinCatalog.embedded.source(path))
        var fake = try #require(try Loader.checklistIfAny(source))
        fake.controls = Array(fake.controls.prefix(1))
        let entry = CompiledEntry(path: path, sha256: "", fingerprint: fingerprint) { [fake] in fake }
        return BuiltinCatalog.embedded.compiling(checklists: [entry], vocabulary: nil)
    }

    @Test func anEntryForTheCurrentTextIsUsed() throws {
        let source = try #require(BuiltinCatalog.embedded.source(Self.path))
        let catalog = try Self.stand_in(fingerprint: TextFingerprint.of(source.bytes))
        let (checklist, _) = try AuditSetup(catalog: catalog).loadChecklist("unicef-ai-children-3.0")
        #expect(checklist.controls.count == 1, "the compiled stand-in, not a parse")
    }

    @Test func anEntryForOtherTextIsIgnoredAndTheFileParsed() throws {
        let source = try #require(BuiltinCatalog.embedded.source(Self.path))
        let catalog = try Self.stand_in(fingerprint: TextFingerprint.of(source.bytes) ^ 1)
        let (checklist, _) = try AuditSetup(catalog: catalog).loadChecklist("unicef-ai-children-3.0")
        #expect(checklist.controls.count > 100)
        #expect(try catalog.checklists().allSatisfy { $0.controls.count > 1 })
    }

    /// One byte changed anywhere, a byte more or less, changes the fingerprint.
    @Test func everyOneByteChangeChangesTheFingerprint() {
        let text = Data((0..<37).map { UInt8($0 * 7 % 251) })
        let fingerprint = TextFingerprint.of(text)
        for index in text.indices {
            var changed = text
            changed[index] ^= 0x20
            #expect(TextFingerprint.of(changed) != fingerprint, "byte \(index)")
        }
        #expect(TextFingerprint.of(text.dropLast()) != fingerprint)
        #expect(TextFingerprint.of(text + [0]) != fingerprint)
        #expect(TextFingerprint.of(Data()) != TextFingerprint.of(Data([0])))
        // Pinned (computed apart, in Python): the generated catalog holds such values.
        #expect(TextFingerprint.of(Data("safeguard: checklist/v1\n".utf8)) == 0xc67b_d1b3_12f1_f66c)
    }
}
