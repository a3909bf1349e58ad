import Foundation
import Testing
@testable import AuditKit

/// `MetricsEventReader` is a shortcut: for any text, it either declines (nil) or returns exactly
/// the file the general reader (Yams, format key, `Decodable`) reads, with the same key
/// locations; and it must decline every text the general reader rejects, so that one still
/// words the error.
@Suite struct MetricsEventReaderTests {
    /// What each reader makes of `text`: the shortcut's file, and the general reader's.
    static func both(_ text: String, path: String = "dir/metrics.yaml")
        -> (fast: LoadedMetrics?, general: LoadedMetrics?) {
        let read = Loader.metricsBothWays(SourceFile(path: path, text: text))
        return (read.shortcut, read.general)
    }

    /// Fails unless the shortcut declined or agreed with the general reader; true when it took
    /// the text, nil when both declined, false when only the shortcut did.
    static func expectAgreement(_ text: String, _ label: String,
                                sourceLocation: Testing.SourceLocation = #_sourceLocation) -> Bool? {
        let (fast, general) = both(text)
        if let fast {
            #expect(fast == general, "\(label): the shortcut's file differs", sourceLocation: sourceLocation)
            return true
        }
        return general == nil ? nil : false
    }

    static let examples = ManifestEventReaderTests.yamlFiles(under: "Examples").filter { file in
        (try? String(contentsOf: file, encoding: .utf8))?.contains("safeguard: metrics/v1") == true
    }

    @Test func everyExampleMetricsFileTakesTheShortcutAndMatches() throws {
        let files = Self.examples + [Fixtures.root.appendingPathComponent("Tests/AuditKitTests/Fixtures/acme/evidence/metrics.yaml")]
        #expect(files.count >= 7)
        for file in files {
            let text = try String(contentsOf: file, encoding: .utf8)
            #expect(Self.expectAgreement(text, file.lastPathComponent) == true, "\(file.path) did not take the shortcut")
        }
    }

    /// Every YAML file under Tests/ — the bad-input corpus, the schema fixtures, the fuzz seeds,
    /// manifests and checklists among them — is either declined or read alike; the faulty
    /// metrics files among them are declined.
    @Test func everyTestFileIsDeclinedOrReadAlike() throws {
        let files = ["Tests/BadInputs", "Tests/SchemaFixtures", "Tests/FuzzCorpus", "Tests/AuditKitTests"]
            .flatMap(ManifestEventReaderTests.yamlFiles(under:))
        #expect(files.count > 150)
        var (taken, declined) = (0, 0)
        for file in files {
            guard let text = try? SourceFile(reading: file.path).text else { continue }
            if Self.expectAgreement(text, file.lastPathComponent) == true { taken += 1 } else { declined += 1 }
        }
        #expect(taken >= 7)
        #expect(declined > 150)
    }

    /// Each example with each line removed, doubled, or with its value replaced by something of
    /// another kind or quoted: hundreds of near-valid metrics files, valid and not.
    @Test func lineMutationsOfTheExamplesAreDeclinedOrReadAlike() throws {
        var (taken, declined) = (0, 0)
        for file in Self.examples {
            let text = try String(contentsOf: file, encoding: .utf8)
            let lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
            for index in lines.indices {
                for mutated in ManifestEventReaderTests.mutations(of: lines, at: index) + Self.mutations(of: lines, at: index) {
                    let label = "\(file.lastPathComponent) line \(index + 1)"
                    if Self.expectAgreement(mutated.joined(separator: "\n"), label) == true { taken += 1 } else { declined += 1 }
                }
            }
        }
        #expect(taken > 100)
        #expect(declined > 100)
    }

    /// Numbers written other ways, and nulls, in an entry; each member of a flow mapping left
    /// out in turn.
    static func mutations(of lines: [String], at index: Int) -> [[String]] {
        let left = ["n", "passes", "rate", "lower_bound", "errors", "tool", "version", "run_id"].compactMap { key in
            lines[index].range(of: #"\b\#(key): [^,}]+(, )?"#, options: .regularExpression).map { range in
                var changed = lines
                changed[index] = lines[index].replacingCharacters(in: range, with: "")
                return changed
            }
        }
        return left + ["n: 0x10", "n: 1_000", "n: 017", "n: -3", "passes: 1e3", "rate: .5", "rate: 1.", "errors: ~",
         "passes: 99999999999999999999", "collected: 2026-02-30", "collected: 2026-10-01"].compactMap { change in
            let key = change.prefix { $0 != ":" } + ":"
            guard let range = lines[index].range(of: #"\b\#(key) [^,}]+"#, options: .regularExpression) else { return nil }
            var changed = lines
            changed[index] = lines[index].replacingCharacters(in: range, with: change)
            return changed
        }
    }

    static let header = "safeguard: metrics/v1\nsource: {tool: t}\ncollected: 2026-10-01\nmetrics:\n"

    @Test(arguments: [
        // anchors, aliases and explicit tags: valid, but left to Yams
        ("  a.b: &e {n: 2, passes: 1}\n  c.d: *e", true),
        ("  a.b: {n: !!int 2, passes: 1}", true),
        // a merge key, a duplicate key, an unknown key, a null, a quoted number, a sequence
        ("  <<: {a.b: {n: 2, passes: 1}}", false),
        ("  a.b: {n: 2, passes: 1}\n  a.b: {n: 3, passes: 1}", false),
        ("  a.b: {n: 2, passes: 1, colour: red}", false),
        ("  a.b: {n: 2, passes: ~}", false),
        ("  a.b: {n: '2', passes: 1}", false),
        ("  a.b: [2, 1]", false),
        ("  a.b: {n: 2}", false),
    ])
    func declinesWhatItLeavesToTheGeneralReader(_ body: String, _ valid: Bool) {
        let (fast, general) = Self.both(Self.header + body)
        #expect(fast == nil)
        #expect((general != nil) == valid, "\(body): the general reader \(general == nil ? "rejects" : "takes") it")
    }

    @Test func declinesAFileThatIsNotAMetricsFile() {
        #expect(Self.both("safeguard: checklist/v1\nmetrics: {}").fast == nil)
        #expect(Self.both("safeguard: metrics/v2\nmetrics: {}").fast == nil)
        #expect(Self.both("metrics: {}").fast == nil)
        #expect(Self.both(Self.header + "  a.b: {n: 2, passes: 1}\n---\nsafeguard: metrics/v1").fast == nil)
    }

    @Test func readsEveryMemberWhereItIsWritten() throws {
        let text = "safeguard: 'metrics/v1'\nsource: {tool: t, version: \"1.0\", run_id: r, timestamp: 2026-10-01T10:00:00Z}\n"
            + "collected: 2026-10-01\nmetrics:\n  b.c:\n    {n: 10, passes: 9, rate: 0.9, lower_bound: 0.6, errors: 2, collected: 2026-09-30}\n"
            + "  a.b: {n: 3, passes: 3}\n"
        let (fast, general) = Self.both(text)
        let read = try #require(fast)
        #expect(read == general)
        #expect(read.file.source == MetricsFile.Source(tool: "t", version: "1.0", runID: "r",
                                                       timestamp: "2026-10-01T10:00:00Z"))
        #expect(read.file.orderedMetrics.map(\.category) == ["a.b", "b.c"])
        let entry = try #require(read.file.metrics["b.c"])
        #expect((entry.n, entry.passes, entry.rate, entry.lowerBound, entry.errors) == (10, 9, 0.9, 0.6, 2))
        #expect(entry.collected == Day(iso: "2026-09-30"))
        #expect(entry.location == SourceLocation(file: "dir/metrics.yaml", line: 6, column: 5))
        #expect(read.keyLocations["b.c"] == SourceLocation(file: "dir/metrics.yaml", line: 5, column: 3))
    }

    /// Block mappings everywhere, comments, an explicit document start and end.
    @Test func blockStyleIsReadAlike() throws {
        let text = "%YAML 1.1\n---\n# counts only\nsafeguard: metrics/v1\nsource:\n  tool: safeguard-probe  # the tool\n"
            + "  run_id: r-1\ncollected: 2026-10-01\nmetrics:\n  refusal.a:\n    n: 40\n    passes: 39\n"
            + "    rate: 0.975\n  refusal.b:\n    passes: 2\n    n: 2\n...\n"
        let (fast, general) = Self.both(text)
        #expect(try #require(fast) == general)
        #expect(fast?.file.metrics["refusal.a"]?.location == SourceLocation(file: "dir/metrics.yaml", line: 11, column: 5))
    }

    @Test func aFilePastTheNodeBudgetIsDeclined() {
        let entries = (0..<40).map { "  c\($0): {n: 2, passes: 1}" }.joined(separator: "\n")
        let source = SourceFile(path: "m.yaml", text: Self.header + entries)
        #expect(MetricsEventReader.read(source, nodeBudget: 10_000) != nil)
        #expect(MetricsEventReader.read(source, nodeBudget: 100) == nil)
    }
}
