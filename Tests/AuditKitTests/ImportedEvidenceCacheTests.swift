import Foundation
import Testing
@testable import AuditKit

/// A portfolio imports each shared promptfoo or garak results file once per way of importing
/// it, and imports it again once it changes.
@Suite struct ImportedEvidenceCacheTests {
    let folder: URL
    let reportURL: URL

    init() throws {
        folder = try Fixtures.temporaryFolder("imported-evidence-cache")
        reportURL = folder.appendingPathComponent("report.jsonl")
        try FileManager.default.copyItem(atPath: Fixtures.path("importers/garak-report.jsonl"),
                                         toPath: reportURL.path)
    }

    /// A manifest naming the garak report, with `collected` as the entry's date when given.
    func manifest(collected: String? = nil) throws -> DeploymentManifest {
        let date = collected.map { ", collected: \($0)" } ?? ""
        return try Loader.manifest(SourceFile(path: folder.appendingPathComponent("deployment.yaml").path, text: """
            safeguard: deployment/v1
            deployment: {id: x, name: X}
            evidence:
              - {id: run, kind: red-team, format: garak, path: report.jsonl\(date)}
            """))
    }

    func load(_ manifest: DeploymentManifest, _ cache: EvidenceCache) throws -> EvidenceSet {
        try EvidenceLoader(vocabulary: nil, cache: cache).load(for: manifest)
    }

    func file(of manifest: DeploymentManifest, _ cache: EvidenceCache) throws -> EvidencePath {
        var checked: Set<String> = []
        return try EvidencePath(entry: try #require(manifest.evidence.first), manifest: manifest,
                                folder: EvidencePath.folder(of: manifest),
                                shownFolder: EvidencePath.shownFolder(of: manifest), cache: cache,
                                checkedFolders: &checked)
    }

    @Test func aSharedReportIsImportedOnce() throws {
        let cache = EvidenceCache()
        let manifest = try manifest()
        let first = try load(manifest, cache)
        let second = try load(manifest, cache)
        #expect(!first.measurements.isEmpty)
        #expect(second.measurements == first.measurements)
        var imports = 0
        let kept = try cache.imported(try file(of: manifest, cache), tool: .garak, collected: nil) {
            imports += 1
            throw Diagnostic(.fileUnreadable, "imported again", file: reportURL.path)
        }
        #expect(imports == 0)
        #expect(kept.counts.map(\.category) == first.measurements.map(\.category))
    }

    @Test func anEntrysOwnDateIsAnImportOfItsOwn() throws {
        let cache = EvidenceCache()
        let fileDated = try load(try manifest(), cache)
        let entryDated = try load(try manifest(collected: "2026-11-20"), cache)
        #expect(Set(fileDated.measurements.map(\.collected)) == [Day(iso: "2026-11-02")!])
        #expect(Set(entryDated.measurements.map(\.collected)) == [Day(iso: "2026-11-20")!])
        #expect(try load(try manifest(), cache).measurements == fileDated.measurements)
        #expect(cache.count == 1)
    }

    @Test func aChangedReportIsImportedAgain() throws {
        let cache = EvidenceCache()
        let manifest = try manifest()
        let before = try load(manifest, cache)
        // One more failure in the eval line the mapping reads, written by rename: a new stamp.
        let text = try String(contentsOf: reportURL, encoding: .utf8)
        let changed = text.replacingOccurrences(of: "\"passed\": 7, \"fails\": 2", with: "\"passed\": 6, \"fails\": 3")
        #expect(changed != text)
        try changed.write(to: reportURL, atomically: true, encoding: .utf8)
        let after = try load(manifest, cache)
        #expect(after.measurements != before.measurements)
        #expect(after.measurements == (try load(manifest, EvidenceCache())).measurements)
    }
}
