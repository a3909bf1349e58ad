import Foundation
import Testing
@testable import AuditKit

/// garak report.jsonl → metric counts: eval lines per probe, the most pessimistic detector,
/// nones as errors, unmapped probes noted, and bad lines located and quoted.
@Suite struct GarakImporterTests {
    static func fixture(_ name: String) throws -> SourceFile {
        try SourceFile(reading: Fixtures.path("importers/\(name)"), displayPath: "importers/\(name)",
                       cap: ResultsTool.maximumFileSize)
    }

    static func importer(_ mappings: ToolMappings? = nil) throws -> GarakImporter {
        GarakImporter(mappings: try mappings ?? #require(try BuiltinCatalog.embedded.toolMappings()))
    }

    static func lines(_ lines: [String]) -> SourceFile {
        SourceFile(path: "report.jsonl", text: lines.joined(separator: "\n") + "\n")
    }

    static let initLine = #"{"entry_type": "init", "garak_version": "0.9.0.16", "start_time": "2026-11-02T08:00:00", "run": "r1"}"#

    @Test func countsTheMostPessimisticDetector() throws {
        let document = try Self.importer().document(from: Self.fixture("garak-report.jsonl"))
        // OfcomOffensiveSexual passed 9/10; SurgeProfanitySexual passed 7/9 with 1 none.
        #expect(document.counts == [.init(category: "refusal.age-ambiguous-sexual", n: 9, passes: 7, errors: 1)])
        let notes = document.notes.joined(separator: "\n")
        #expect(notes.contains("lmrc.SexualContent: 2 detectors judged it (unsafe_content.OfcomOffensiveSexual "
                               + "9/10, unsafe_content.SurgeProfanitySexual 7/9); counted the most pessimistic, "
                               + "unsafe_content.SurgeProfanitySexual."))
        #expect(notes.contains("Skipped outputs with no Safeguard category: lmrc.Bullying (5)."))
    }

    /// A report garak 0.17.1 really wrote (texts withheld; see Fixtures/importers/README.md).
    @Test func readsAReportGarakWrote() throws {
        let document = try Self.importer().document(from: Self.fixture("garak-0.17.1-real.report.jsonl"))
        #expect(document.counts == [.init(category: "refusal.age-ambiguous-sexual", n: 3, passes: 3)])
        #expect(document.source == MetricsFile.Source(tool: "garak", version: "0.17.1",
                                                      runID: "c6f17c5e-1d82-443b-a017-4f4b1e02eccf",
                                                      timestamp: "2026-11-22T08:51:16.615835"))
        #expect(document.collected == Day(iso: "2026-11-22"))
        #expect(!document.notes.contains { $0.contains("no completion line") })
        #expect(!document.yaml.contains("withheld"))
    }

    @Test func keepsRunIdentityAndStartDay() throws {
        let document = try Self.importer().document(from: Self.fixture("garak-report.jsonl"))
        #expect(document.source == MetricsFile.Source(tool: "garak", version: "0.13.1",
                                                      runID: "5b0c7a52-2f1e-4c7e-9a43-0d6a1c3e8f21",
                                                      timestamp: "2026-11-02T09:15:00.123456"))
        #expect(document.collected == Day(iso: "2026-11-02"))
        #expect(document.notes.contains { $0.contains("without a time zone") })
        #expect(!document.notes.contains { $0.contains("no completion line") })
    }

    @Test func nothingButCountsReachesTheFile() throws {
        let yaml = try Self.importer().document(from: Self.fixture("garak-report.jsonl")).yaml
        #expect(!yaml.contains("withheld"), "\(yaml)")
        #expect(!yaml.contains("target-model"))
    }

    @Test func malformedLineIsLocatedAndQuoted() throws {
        let source = try Self.fixture("garak-malformed.jsonl")
        let error = #expect(throws: Diagnostic.self) { try Self.importer().document(from: source) }
        #expect(error?.code == .resultsSyntax)
        #expect(error?.location == SourceLocation(file: "importers/garak-malformed.jsonl", line: 5, column: 1))
        #expect(error?.sourceLine == source.line(5))
        #expect(error?.description.hasPrefix("importers/garak-malformed.jsonl:5:1: error: not a JSON object") == true)
    }

    @Test func truncatedLastLineIsLocated() throws {
        let error = #expect(throws: Diagnostic.self) {
            try Self.importer().document(from: Self.fixture("garak-truncated.jsonl"))
        }
        #expect(error?.position?.line == 6)
        #expect(error?.message.contains("truncated") == true)
    }

    @Test func olderReportsWithTotalAndPrefixesAreRead() throws {
        let source = Self.lines([
            Self.initLine,
            #"{"entry_type": "eval", "probe": "probes.lmrc.SexualContent", "detector": "detector.riskywords.SurgeProfanitySexual", "passed": 8, "total": 10}"#,
        ])
        let document = try Self.importer().document(from: source)
        #expect(document.counts == [.init(category: "refusal.age-ambiguous-sexual", n: 10, passes: 8)])
        #expect(document.source.version == "0.9.0.16")
        #expect(document.notes.contains { $0.contains("no completion line") })
    }

    @Test(arguments: [
        (#"{"entry_type": "eval", "probe": "lmrc.SexualContent", "detector": "d", "passed": 8, "fails": 1, "total_evaluated": 10}"#,
         "does not equal total_evaluated"),
        (#"{"entry_type": "eval", "probe": "lmrc.SexualContent", "detector": "d", "passed": 11, "total_evaluated": 10}"#,
         "must be between 0"),
        (#"{"entry_type": "eval", "probe": "lmrc.SexualContent", "detector": "d", "total_evaluated": 10}"#,
         "no 'passed' count"),
        (#"{"entry_type": "eval", "probe": "lmrc.SexualContent", "passed": 1, "total_evaluated": 1}"#,
         "needs 'probe' and 'detector'"),
        (#"{"entry_type": "eval", "probe": "lmrc.SexualContent", "detector": "d", "passed": "8", "total_evaluated": 10}"#,
         "'passed' should be a whole number"),
        (#"{"entry_type": "eval", "probe": "lmrc.SexualContent", "detector": "d", "passed": 9223372036854775807, "fails": 1, "total_evaluated": 5}"#,
         "counts must be between 0 and 1099511627776"),
        (#"{"entry_type": "eval", "probe": "lmrc.SexualContent", "detector": "d", "passed": 1, "nones": -1, "total_evaluated": 5}"#,
         "counts must be between 0 and 1099511627776"),
        (#"{"probe": "lmrc.SexualContent"}"#, "'entry_type' is missing"),
        (#"[1, 2]"#, "should be"),
    ])
    func badEvalLineIsLocated(_ line: String, _ phrase: String) throws {
        let error = #expect(throws: Diagnostic.self) {
            try Self.importer().document(from: Self.lines([Self.initLine, line]))
        }
        #expect(error?.position?.line == 2)
        #expect(error?.position?.column == 1)
        #expect(error?.sourceLine == line)
        #expect(error?.message.contains(phrase) == true, "\(String(describing: error))")
    }

    @Test func crlfLineEndsAreRead() throws {
        let text = [Self.initLine,
                    #"{"entry_type": "eval", "probe": "lmrc.SexualContent", "detector": "d", "passed": 8, "total_evaluated": 10}"#,
                    #"{"entry_type": "eval", "probe": "lmrc.SexualContent", "detector": "d", "passed": "8"}"#]
        let good = SourceFile(path: "report.jsonl", text: text.prefix(2).joined(separator: "\r\n") + "\r\n")
        #expect(try Self.importer().document(from: good).counts
                == [.init(category: "refusal.age-ambiguous-sexual", n: 10, passes: 8)])
        let bad = SourceFile(path: "report.jsonl", text: text.joined(separator: "\r\n") + "\r\n")
        let error = #expect(throws: Diagnostic.self) { try Self.importer().document(from: bad) }
        #expect(error?.position?.line == 3)
    }

    @Test func reportWithoutMappedProbesIsAnError() throws {
        let source = Self.lines([
            Self.initLine,
            #"{"entry_type": "eval", "probe": "lmrc.Bullying", "detector": "d", "passed": 4, "total_evaluated": 5}"#,
        ])
        let error = #expect(throws: Diagnostic.self) { try Self.importer().document(from: source) }
        #expect(error?.code == .resultsUnmapped)
        #expect(error?.message.contains("lmrc.Bullying (5)") == true)
        let empty = #expect(throws: Diagnostic.self) { try Self.importer().document(from: Self.lines([Self.initLine])) }
        #expect(empty?.message.contains("no eval lines") == true)
    }

    @Test func allNonesGiveNoRate() throws {
        let source = Self.lines([
            Self.initLine,
            #"{"entry_type": "eval", "probe": "lmrc.SexualContent", "detector": "d", "passed": 0, "fails": 0, "nones": 5, "total_evaluated": 0}"#,
        ])
        let error = #expect(throws: Diagnostic.self) { try Self.importer().document(from: source) }
        #expect(error?.message.contains("all 5 eval lines of mapped ids were errors") == true)
    }

    @Test func mappingCanPinADetector() throws {
        let mappings = try Loader.toolMappings(SourceFile(path: "m.yaml", text: """
            safeguard: tool-mappings/v1
            garak:
              - {probe: "lmrc.*", detector: unsafe_content.OfcomOffensiveSexual, category: refusal.age-ambiguous-sexual}
            """), vocabulary: try BuiltinCatalog.embedded.vocabulary())
        let document = try Self.importer(mappings).document(from: Self.fixture("garak-report.jsonl"))
        #expect(document.counts == [.init(category: "refusal.age-ambiguous-sexual", n: 10, passes: 9)])
        #expect(document.notes.contains { $0.contains("lmrc.Bullying: the mapping counts only detector") })
    }

    @Test func writtenFileLoadsAsMetrics() throws {
        let document = try Self.importer().document(from: Self.fixture("garak-report.jsonl"))
        let metrics = try Loader.metrics(SourceFile(path: "out.yaml", text: document.yaml),
                                         vocabulary: try BuiltinCatalog.embedded.vocabulary())
        let entry = try #require(metrics.metrics["refusal.age-ambiguous-sexual"])
        #expect([entry.n, entry.passes, entry.errors] == [9, 7, 1])
        #expect(metrics.source?.runID == "5b0c7a52-2f1e-4c7e-9a43-0d6a1c3e8f21")
    }
}
