import Foundation
import Testing
@testable import AuditKit

/// A portfolio reads each shared evidence file once, but never serves a file that changed, and
/// never hides a problem behind an earlier read.
@Suite struct EvidenceCacheTests {
    let folder: URL
    let manifestPath: String
    let metricsURL: URL

    init() throws {
        folder = try Fixtures.temporaryFolder("evidence-cache")
        try FileManager.default.createDirectory(at: folder.appendingPathComponent("evidence"),
                                                withIntermediateDirectories: true)
        manifestPath = folder.appendingPathComponent("deployment.yaml").path
        metricsURL = folder.appendingPathComponent("evidence/metrics.yaml")
        try """
            safeguard: deployment/v1
            deployment: {id: x, name: X}
            evidence:
              - {id: m, kind: red-team, format: safeguard, path: evidence/metrics.yaml}
            """.write(toFile: manifestPath, atomically: true, encoding: .utf8)
    }

    func writeMetrics(passes: Int) throws {
        try "safeguard: metrics/v1\ncollected: 2026-11-01\nmetrics:\n  refusal.minor-sexualisation: {n: 400, passes: \(passes)}\n"
            .write(to: metricsURL, atomically: true, encoding: .utf8)
    }

    func load(_ cache: EvidenceCache) throws -> EvidenceSet {
        let manifest = try Loader.manifest(SourceFile(reading: manifestPath))
        return try EvidenceLoader(vocabulary: try BuiltinCatalog.embedded.vocabulary(), cache: cache)
            .load(for: manifest)
    }

    static func stamp(_ path: String) throws -> FileStamp {
        var info = stat()
        try #require(stat(path, &info) == 0)
        return FileStamp(info)
    }

    /// The readability check is skipped only for a file read at the same stamp; a change of
    /// permissions changes the stamp, so the file is checked again.
    @Test func aFileReadBeforeIsCheckedAgainOnceItsPermissionsChange() throws {
        try writeMetrics(passes: 398)
        let cache = EvidenceCache()
        _ = try load(cache)
        let path = try #require(realpath(metricsURL.path, nil).map { String(cString: $0) })
        #expect(cache.wasRead(path, at: try Self.stamp(path)))
        try FileManager.default.setAttributes([.posixPermissions: 0o600], ofItemAtPath: path)
        #expect(!cache.wasRead(path, at: try Self.stamp(path)))
    }

    @Test func aManifestFolderIsResolvedOncePerRun() throws {
        let manifest = try Loader.manifest(SourceFile(reading: manifestPath))
        let cache = EvidenceCache()
        let resolved = EvidencePath.folder(of: manifest)
        #expect(EvidencePath.folder(of: manifest, cache: cache) == resolved)
        var calls = 0
        #expect(cache.folder(folder.path) { calls += 1; return "other" } == resolved)
        #expect(calls == 0)
    }

    @Test func sharedFileIsKeptAndServedUnchanged() throws {
        try writeMetrics(passes: 398)
        let cache = EvidenceCache()
        let first = try load(cache)
        let second = try load(cache)
        #expect(cache.count == 1)
        #expect(second.measurements.map(\.passes) == [398])
        #expect(second.records.map(\.sha256) == first.records.map(\.sha256))
        #expect(first.records.first?.sha256 == SHA256Digest.hex(ofFileAt: metricsURL.path))
    }

    @Test func changedFileIsReadAgain() throws {
        try writeMetrics(passes: 398)
        let cache = EvidenceCache()
        let before = try load(cache)
        try writeMetrics(passes: 397)  // a rename onto the path: a new inode, new times
        let after = try load(cache)
        #expect(after.measurements.map(\.passes) == [397])
        #expect(after.records.first?.sha256 != before.records.first?.sha256)
        #expect(after.records.first?.sha256 == SHA256Digest.hex(ofFileAt: metricsURL.path))
    }

    @Test func problemIsReportedEveryTime() throws {
        try "safeguard: metrics/v1\nmetrics:\n  refusal.minor-sexualisation: {n: 10, passes: 11}\n"
            .write(to: metricsURL, atomically: true, encoding: .utf8)
        let cache = EvidenceCache()
        #expect(throws: Diagnostic.self) { try load(cache) }
        #expect(throws: Diagnostic.self) { try load(cache) }
    }

    @Test func capacityBoundsWhatIsKept() throws {
        let cache = EvidenceCache(capacity: 2)
        for index in 0..<5 {
            let name = "evidence/doc-\(index).md"
            try "document \(index)\n".write(to: folder.appendingPathComponent(name), atomically: true, encoding: .utf8)
            let manifest = try Loader.manifest(SourceFile(path: manifestPath, text: """
                safeguard: deployment/v1
                deployment: {id: x, name: X}
                evidence:
                  - {id: d, kind: document, path: \(name)}
                """))
            let evidence = try EvidenceLoader(vocabulary: nil, cache: cache).load(for: manifest)
            #expect(evidence.records.first?.sha256
                    == SHA256Digest.hex(ofFileAt: folder.appendingPathComponent(name).path))
            #expect(cache.count <= 2)
        }
    }
}
