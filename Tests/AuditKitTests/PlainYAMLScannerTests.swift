import Foundation
import Testing
@testable import AuditKit

/// `PlainYAMLScanner` stands in for libyaml on the plain subset of YAML: for any text, it either
/// declines or gives libyaml's events exactly (`YAMLEventDifferential`). It must also take what
/// manifests are usually written in, or it saves nothing.
@Suite struct PlainYAMLScannerTests {
    /// Fails on a disagreement; returns whether the scanner took `text`.
    static func agreed(_ text: String, _ label: String,
                       sourceLocation: Testing.SourceLocation = #_sourceLocation) -> Bool {
        let disagreement = YAMLEventDifferential.disagreement(in: text)
        #expect(disagreement == nil, "\(label): \(disagreement ?? "")", sourceLocation: sourceLocation)
        return YAMLEventDifferential.scannerTakes(text)
    }

    static func text(_ path: String) throws -> String {
        try String(contentsOf: Fixtures.root.appendingPathComponent(path), encoding: .utf8)
    }

    @Test func takesEveryExampleManifestWithLibyamlsEvents() throws {
        for path in ManifestEventReaderTests.examples + ["Tests/AuditKitTests/Fixtures/acme/deployment.yaml"] {
            #expect(Self.agreed(try Self.text(path), path), "\(path) was declined")
        }
    }

    @Test func agreesOnEveryYAMLFileUnderTests() throws {
        let files = ["Tests/BadInputs", "Tests/SchemaFixtures", "Tests/FuzzCorpus", "Tests/AuditKitTests"]
            .flatMap(ManifestEventReaderTests.yamlFiles(under:))
        var taken = 0
        for file in files {
            guard let text = try? SourceFile(reading: file.path).text else { continue }
            if Self.agreed(text, file.lastPathComponent) { taken += 1 }
        }
        #expect(taken > 50)
    }

    /// Every line of every example removed, doubled, re-indented, commented, given a tab or
    /// an indicator: thousands of texts, in the subset and out of it.
    @Test func agreesOnLineMutationsOfTheExamples() throws {
        var (taken, declined) = (0, 0)
        for path in ManifestEventReaderTests.examples {
            let lines = try Self.text(path).split(separator: "\n", omittingEmptySubsequences: false)
                .map(String.init)
            for index in lines.indices {
                let variants = ManifestEventReaderTests.mutations(of: lines, at: index)
                    + Self.mutations(of: lines, at: index)
                for variant in variants {
                    if Self.agreed(variant.joined(separator: "\n"), "\(path) line \(index + 1)") {
                        taken += 1
                    } else {
                        declined += 1
                    }
                }
            }
        }
        #expect(taken > 1_000)
        #expect(declined > 1_000)
    }

    static func mutations(of lines: [String], at index: Int) -> [[String]] {
        let line = lines[index]
        let replacements = [(", ", ",\n   "), (": ", ":\t"), (", ", " #, "), ("{", "{ "), ("- ", "-  "),
                            (">-", "|"), (">-", ">"), ("e", "é")]
        let edits = [" " + line, String(line.dropFirst()), line + "  # note", line + "   ", line + ":"]
            + replacements.map { line.replacingOccurrences(of: $0.0, with: $0.1) }
        return edits.filter { $0 != line }.map { edited in
            var copy = lines
            copy[index] = edited
            return copy
        } + [Array(lines[...index])]
    }

    @Test(arguments: [
        "a: b", "a: b\n", "a:   b   \n", "a: b # c\n", "# c\n\na: b\n  # c\nd: e",
        "a:\n  b: c\n  d:\n    e: f\ng: h", "a:\n- b\n- c\nd: e", "a:\n  - b\n  - c\n",
        "a:\n  - b: c\n    d: e\n  - f: g", "a: [b, c]\nd: {e: f, g: [h]}", "a: []\nb: {}",
        "a: {b: c,\n    d: e}\nf: [g,\n  h]", "a: [\n  b, # c\n  d\n]", "a: -5\nb: a:b\nc: https://x.org/y",
        "a: 'b''c'\nd: \"e f\"\ng: ''", "a: [' b ', \"c\"]", "key.with-dots_1: x",
        "a: >-\n  b\n  c\nd: e", "a: >\n  b\n  c\n", "a: |\n  b\n  c\n", "a: |-\n  b\n  c", "a: |\n  b",
        "a: >\n  b\n\n\nc: d", "a: |\n    b\n  # c\nd: e", "a: |\n  # b\n  c\n", "a: | # c\n  b\n",
        "a: é\nb: {c: ü, d: [€, x]}", "éa: b", "a: b — c\nd: [e, f]", "a: 'ü' # ç\n",
        "a: Chief Trust & Safety Officer\nb: 13+ users, [beta]", "a: b\n...\n", "a: b\n---\nc: d",
    ])
    func agreesOnSmallTexts(_ text: String) {
        _ = Self.agreed(text, text.debugDescription)
    }

    @Test(arguments: [
        "a: b", "a: b # c\n", "a:\n- b\n- c\nd: e", "a:\n  - b: c\n    d: e\n  - f: g",
        "a: {b: c,\n    d: e}\nf: [g,\n  h]", "a: []\nb: {}", "a: 'b''c'\nd: \"e f\"", "a: >-\n  b\n  c\nd: e",
        "a: |\n  b", "a: >\n  b\n\n\nc: d", "a: é\nb: {c: ü, d: [€, x]}", "a: -5\nb: a:b",
    ])
    func takesThePlainSubset(_ text: String) {
        #expect(YAMLEventDifferential.scannerTakes(text))
    }

    @Test(arguments: [
        "a: b\tc", "a: b\r\n", "\u{FEFF}a: b", "a: &x b", "a: *x", "a: !t b", "%YAML 1.1\n---\na: b",
        "---\na: b", "a: b\n---\nc: d", "a: b\n  c", "a: |\n  b\n\n  c", "a: |+\n  b\n", "a: |2\n  b",
        "a: |\n  b\n    c", "a: \"b\\n\"", "a: 'b\n  c'", "? a\n: b", "a:\nb: c", "a: [b,]", "a: {b}",
        "a: {b: c}#d", "a: [b: c]", "a: b: c", "  a: b", "- a", "a: [b\n  c]", "a: {b: c,\nd: e}",
        "a: \u{2028}", "a: \u{85}", "a: \u{7F}", "a:\n  b\n", "\"a\": b", "a: ?b", "a: [b:c]",
        String(repeating: "[", count: 70) + String(repeating: "]", count: 70), "",
        "a: " + String(repeating: "[", count: 70) + String(repeating: "]", count: 70),
    ])
    func declinesWhatItLeavesToLibyaml(_ text: String) {
        #expect(!YAMLEventDifferential.scannerTakes(text))
        #expect(YAMLEventDifferential.disagreement(in: text) == nil)
    }
}
