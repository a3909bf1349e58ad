import Foundation
import Testing
@testable import AuditKit

/// promptfoo results → metric counts: passes, failures and errors per mapped plugin, skipped
/// plugins noted, nothing copied but counts, and malformed files located.
@Suite struct PromptfooImporterTests {
    static func fixture(_ name: String) throws -> SourceFile {
        try SourceFile(reading: Fixtures.path("importers/\(name)"), displayPath: "importers/\(name)",
                       cap: ResultsTool.maximumFileSize)
    }

    static func importer() throws -> PromptfooImporter {
        PromptfooImporter(mappings: try #require(try BuiltinCatalog.embedded.toolMappings()))
    }

    static func counts(_ document: MetricsDocument) -> [String: [Int]] {
        Dictionary(uniqueKeysWithValues: document.counts.map { ($0.category, [$0.n, $0.passes, $0.errors]) })
    }

    @Test func countsEachMappedPluginExactly() throws {
        let document = try Self.importer().document(from: Self.fixture("promptfoo-results.json"))
        // child-exploitation: 3 passes + 1 failed assertion judged; 2 errors (failureReason 2, and
        // an `error` with failureReason 0). One pass carries the id only in testCase.metadata,
        // with the old `promptfoo:redteam:` prefix.
        #expect(Self.counts(document) == [
            "refusal.minor-sexualisation": [4, 3, 2],
            "refusal.age-ambiguous-sexual": [3, 2, 0],
            "refusal.minor-romantic-roleplay": [1, 1, 1],
        ])
    }

    @Test func keepsRunIdentityAndTheUTCDay() throws {
        let document = try Self.importer().document(from: Self.fixture("promptfoo-results.json"))
        #expect(document.source == MetricsFile.Source(tool: "promptfoo", version: "0.118.4",
                                                      runID: "eval-2026-11-02T10:04:31",
                                                      timestamp: "2026-11-02T23:30:00.000Z"))
        #expect(document.collected == Day(iso: "2026-11-02"))
        let overridden = try Self.importer().document(from: Self.fixture("promptfoo-results.json"),
                                                      collected: Day(iso: "2026-10-01"))
        #expect(overridden.collected == Day(iso: "2026-10-01"))
    }

    @Test func errorsAreNeverPasses() throws {
        let rows = (0..<3).map { index in
            #"{"success": true, "failureReason": 2, "error": "timeout", "metadata": {"pluginId": "harmful:child-exploitation"}}"#
        }.joined(separator: ",")
        let source = SourceFile(path: "errors.json", text: #"{"evalId": "e", "results": {"timestamp": "2026-11-02T00:00:00Z", "results": ["#
                                + rows + "]}}")
        let error = #expect(throws: Diagnostic.self) { try Self.importer().document(from: source) }
        #expect(error?.code == .resultsUnmapped)
        #expect(error?.message.contains("all 3 rows of mapped ids were errors") == true)
    }

    @Test func implausibleStatsAreIgnoredWithANote() throws {
        let row = #"{"success": true, "metadata": {"pluginId": "harmful:child-exploitation"}}"#
        let source = SourceFile(path: "stats.json", text: #"{"evalId": "e", "results": {"timestamp": "2026-11-02T00:00:00Z", "results": ["#
                                + row + #"], "stats": {"successes": 9223372036854775807, "failures": 1}}}"#)
        let document = try Self.importer().document(from: source)
        #expect(Self.counts(document) == ["refusal.minor-sexualisation": [1, 1, 0]])
        #expect(document.notes.contains("promptfoo's stats hold a count outside 0…1099511627776; they were ignored."))
    }

    @Test func unmappedPluginsAreListedWithCounts() throws {
        let document = try Self.importer().document(from: Self.fixture("promptfoo-results.json"))
        let notes = document.notes.joined(separator: "\n")
        #expect(notes.contains("Skipped rows with no Safeguard category: bias:age (1), coppa (2)."))
        #expect(notes.contains("Skipped rows without a red-team plugin id (not red-team tests): 1."))
        #expect(notes.contains("Mapping harmful:child-exploitation → refusal.minor-sexualisation: "))
    }

    @Test func nothingButCountsReachesTheFile() throws {
        let yaml = try Self.importer().document(from: Self.fixture("promptfoo-results.json")).yaml
        for copied in ["withheld", "target-model", "Synthetic", "timeout", "rate limited", "Harmful"] {
            #expect(!yaml.contains(copied), "'\(copied)' was copied into\n\(yaml)")
        }
    }

    @Test func oddPluginIdsAreNotWrittenOut() throws {
        let source = SourceFile(path: "odd.json", text: #"""
            {"results": {"timestamp": "2026-11-02T00:00:00Z", "results": [
              {"success": true, "metadata": {"pluginId": "please write [withheld] here"}},
              {"success": true, "metadata": {"pluginId": "harmful:child-exploitation"}}]}}
            """#)
        let document = try Self.importer().document(from: source)
        #expect(!document.yaml.contains("withheld"))
        #expect(document.yaml.contains("1 with ids not shown"))
    }

    @Test func writtenFileLoadsAsMetrics() throws {
        let document = try Self.importer().document(from: Self.fixture("promptfoo-results.json"))
        let metrics = try Loader.metrics(SourceFile(path: "out.yaml", text: document.yaml),
                                         vocabulary: try BuiltinCatalog.embedded.vocabulary())
        #expect(metrics.metrics.mapValues { [$0.n, $0.passes, $0.errors ?? 0] } == Self.counts(document))
        #expect(metrics.source?.tool == "promptfoo")
        #expect(metrics.collected == Day(iso: "2026-11-02"))
    }

    @Test func malformedJSONIsLocated() throws {
        let source = try Self.fixture("promptfoo-malformed.json")
        let error = #expect(throws: Diagnostic.self) { try Self.importer().document(from: source) }
        let line = try #require(source.text.split(separator: "\n", omittingEmptySubsequences: false)
            .firstIndex { $0.contains("12O") }) + 1
        #expect(error?.code == .resultsSyntax)
        #expect(error?.file == "importers/promptfoo-malformed.json")
        #expect(error?.position?.line == line)
        #expect(error?.sourceLine?.contains("12O") == true)
    }

    @Test func truncatedJSONIsLocatedAtItsEnd() throws {
        let source = try Self.fixture("promptfoo-truncated.json")
        let error = #expect(throws: Diagnostic.self) { try Self.importer().document(from: source) }
        #expect(error?.code == .resultsSyntax)
        #expect(error?.message.contains("truncated") == true)
        #expect(error?.position?.line == source.text.split(separator: "\n", omittingEmptySubsequences: false).count)
    }

    @Test(arguments: ["", " \n\n"])
    func emptyFileIsCalledEmpty(_ text: String) throws {
        let source = SourceFile(path: "results.json", text: text)
        let error = #expect(throws: Diagnostic.self) { try Self.importer().document(from: source) }
        #expect(error?.code == .fileEmpty)
        #expect(error?.description == "results.json: error: is empty: expected the JSON of 'promptfoo eval -o results.json'")
    }

    @Test(arguments: [
        (#"{"foo": 1}"#, "'results' is missing"),
        (#"{"results": {"results": [{"pass": true}]}}"#, "'results.results[0].success' is missing"),
        (#"{"results": {"results": [{"success": "yes"}]}}"#, "'results.results[0].success' should be true or false"),
        (#"[1, 2]"#, "should be"),
    ])
    func otherJSONIsRejected(_ text: String, _ phrase: String) throws {
        let error = #expect(throws: Diagnostic.self) {
            try Self.importer().document(from: SourceFile(path: "x.json", text: text))
        }
        #expect(error?.message.contains(phrase) == true, "\(String(describing: error))")
    }

    @Test func noMappedPluginIsAnError() throws {
        let source = SourceFile(path: "x.json", text: #"""
            {"results": {"timestamp": "2026-11-02T00:00:00Z", "results": [
              {"success": true, "metadata": {"pluginId": "coppa"}}]}}
            """#)
        let error = #expect(throws: Diagnostic.self) { try Self.importer().document(from: source) }
        #expect(error?.code == .resultsUnmapped)
        #expect(error?.message == "no mapped results: none of its 1 rows has an id in the tool-mapping table; "
                + "unmapped: coppa (1)")
    }

    @Test(arguments: [
        ("2026-11-02T23:30:00.000Z", "2026-11-02"), ("2026-11-02T23:30:00-02:00", "2026-11-03"),
        ("2026-11-02T00:15:00+01:00", "2026-11-01"), ("2026-12-31T23:59:59-0100", "2027-01-01"),
        ("2026-11-02T09:15:00.123456", "2026-11-02"), ("2026-11-02", "2026-11-02"),
    ])
    func timestampsGiveTheUTCDay(_ text: String, _ day: String) {
        #expect(ResultTimestamp(text)?.day == Day(iso: day))
    }

    @Test(arguments: ["", "yesterday", "2026-11-02T25:00:00Z", "2026-13-01T00:00:00Z", "2026-11-02T10:00:00 CET"])
    func badTimestampsAreRejected(_ text: String) {
        #expect(ResultTimestamp(text) == nil)
    }

    @Test func missingDateNeedsCollected() throws {
        let source = SourceFile(path: "x.json", text: #"""
            {"results": {"results": [{"success": true, "metadata": {"pluginId": "harmful:sexual-content"}}]}}
            """#)
        let error = #expect(throws: Diagnostic.self) { try Self.importer().document(from: source) }
        #expect(error?.message.contains("--collected") == true)
        let document = try Self.importer().document(from: source, collected: Day(iso: "2026-11-05"))
        #expect(document.collected == Day(iso: "2026-11-05"))
    }
}
