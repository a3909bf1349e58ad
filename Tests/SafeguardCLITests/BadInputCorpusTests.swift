import Foundation
import Testing

/// The bad-input corpus: every file in `Tests/BadInputs/` run through the real binary must exit 2
/// with a message that names the file (and `file:line:col` where the fault has a place), never
/// crash, finish quickly, and write nothing even when `-o` is given. Inputs that cannot be
/// committed (60 MB, unreadable, symlinks) are made by the tests in a temporary folder.
@Suite(.serialized) struct BadInputCorpusTests {
    static let folder = "Tests/BadInputs"

    /// The table. Everything synthetic: no real abuse content anywhere.
    static let cases: [BadInput] = [
        // YAML syntax
        BadInput("syntax/unclosed-flow-mapping.yaml", "did not find expected ',' or '}'", at: "4:9"),
        BadInput("syntax/unclosed-flow-sequence.yaml", "(while parsing a flow sequence that starts here)", at: "5:15"),
        BadInput("syntax/bad-indentation.yaml", "did not find expected key", at: "5:3"),
        BadInput("syntax/tab-indentation.yaml", "found character that cannot start any token", at: "4:1"),
        BadInput("syntax/unterminated-double-quote.yaml", "(while scanning a quoted scalar that starts here)", at: "5:9"),
        BadInput("syntax/unterminated-single-quote.yaml", "(while scanning a quoted scalar that starts here)", at: "5:9"),
        BadInput("syntax/mapping-value-not-allowed.yaml", "mapping values are not allowed", at: "5:18"),
        BadInput("syntax/undefined-alias.yaml", "found undefined alias", at: "5:16"),
        BadInput("syntax/sequence-in-mapping.yaml", "did not find expected key", at: "5:1"),
        BadInput("syntax/bad-escape.yaml", "found unknown escape character", at: "3:40"),
        // Encodings and whole-file problems
        BadInput("encoding/binary-garbage.yaml", "looks binary (NUL byte at offset 7)", at: nil),
        BadInput("encoding/invalid-utf8.yaml", "is not valid UTF-8", at: "5:21"),
        BadInput("encoding/overlong-utf8.yaml", "is not valid UTF-8", at: "2:39"),
        BadInput("encoding/utf16le-bom.yaml", "is UTF-16 text", at: nil),
        BadInput("encoding/utf16be-bom.yaml", "is UTF-16 text", at: nil),
        BadInput("encoding/utf32le-bom.yaml", "is UTF-32 text", at: nil),
        BadInput("encoding/bom-crlf-syntax-error.yaml", "did not find expected ',' or '}'", at: "4:9"),
        BadInput("encoding/bom-crlf-unknown-key.yaml", "unknown key 'childern_likely' in 'audience'", at: "8:3"),
        BadInput("encoding/bom-crlf-duplicate-key.yaml", "duplicate key 'id'", at: "6:3"),
        BadInput("encoding/bom-crlf-invalid-utf8.yaml", "is not valid UTF-8", at: "2:39"),
        BadInput("encoding/crlf-bad-date.yaml", "'2026-02-30' is not a valid date", at: "3:60"),
        BadInput("encoding/raw-control-character.yaml", "control characters are not allowed (U+001B)", at: "3:40"),
        BadInput("encoding/crlf-raw-control-character.yaml", "control characters are not allowed (U+0007)", at: "5:14"),
        BadInput("encoding/empty.yaml", "is empty", at: nil),
        BadInput("encoding/comment-only.yaml", "is empty", at: nil),
        BadInput("encoding/whitespace-only.yaml", "is empty", at: nil),
        BadInput("encoding/document-markers-only.yaml", "is empty", at: nil),
        BadInput("encoding/multi-document.yaml", "holds more than one YAML document", at: "5:1"),
        BadInput("encoding/multi-document-empty-second.yaml", "holds more than one YAML document", at: "5:1"),
        // Structure: nesting, alias bombs, the root and the format key
        BadInput("structure/nested-flow-sequences.yaml", "nested more than 1000 levels deep", at: "1:1"),
        BadInput("structure/nested-flow-mappings.yaml", "nested more than 1000 levels deep", at: "2:4000"),
        BadInput("structure/nested-block-sequences.yaml", "nested more than 1000 levels deep", at: "3:1999"),
        BadInput("structure/billion-laughs.yaml", "expands to more than 100000 YAML nodes", at: nil),
        BadInput("structure/alias-bomb-mappings.yaml", "expands to more than 100000 YAML nodes", at: nil),
        BadInput("structure/root-is-sequence.yaml", "expected a YAML mapping", at: "2:1"),
        BadInput("structure/root-is-scalar.yaml", "expected a YAML mapping", at: "2:1"),
        BadInput("structure/format-key-missing.yaml", "missing the format key", at: "2:1"),
        BadInput("structure/format-key-is-mapping.yaml", "the format key must be text", at: "2:12"),
        BadInput("structure/format-key-twice.yaml", "duplicate key 'safeguard'", at: "3:1"),
        BadInput("structure/format-unknown.yaml", "unknown format 'manifest/v1'", at: "2:12"),
        BadInput("structure/format-unknown-version.yaml", "unsupported format version 'deployment/v7'", at: "2:12"),
        // Types, unknown and duplicate keys at several depths, impossible dates
        BadInput("schema/type-markets-not-list.yaml", "deployment.markets: expected a list of market codes", at: "3:55"),
        BadInput("schema/type-evidence-is-mapping.yaml", "evidence: expected a list", at: "5:3"),
        BadInput("schema/type-controls-is-mapping.yaml", "controls: expected a list, found a mapping", at: "9:3"),
        BadInput("schema/type-metrics-n-fraction.yaml", "expected a whole number, found '400.5'", at: "5:36"),
        BadInput("schema/type-monthly-users-list.yaml", "expected a whole number of at least 0, found a list", at: "6:25"),
        BadInput("schema/unknown-key-depth-four.yaml", "unknown key 'treshold' in 'safeguards.minor_likeness.age_estimation'", at: "9:7"),
        BadInput("schema/unknown-key-evidence-entry.yaml", "unknown key 'sha' in 'evidence[0]'", at: "5:49"),
        BadInput("schema/unknown-key-tool-mapping.yaml", "unknown key 'plugn' in promptfoo[0]", at: "4:6"),
        BadInput("schema/unknown-key-risk-factor.yaml", "unknown key 'weight' in risk_model.factors[0]", at: "10:51"),
        BadInput("schema/unknown-key-probe-suite.yaml", "unknown key 'promts' in categories[0]", at: "9:5"),
        BadInput("schema/merge-key.yaml", "unknown key '<<' in 'deployment'; YAML merge keys are not supported: "
                 + "write the keys out", at: "4:3"),
        BadInput("schema/duplicate-key-top-level.yaml", "duplicate key 'deployment'", at: "4:1"),
        BadInput("schema/duplicate-key-nested.yaml", "duplicate key 'c2pa'", at: "8:5"),
        BadInput("schema/duplicate-key-flow-in-list.yaml", "duplicate key 'action'", at: "6:59"),
        BadInput("schema/duplicate-key-condition.yaml", "duplicate key 'equals'", at: "17:7"),
        BadInput("schema/date-february-30-metrics.yaml", "'2026-02-30' is not a valid date", at: "4:12"),
        BadInput("schema/date-month-13-waiver.yaml", "'2026-13-01' is not a valid date", at: "6:40"),
        BadInput("schema/date-february-30-evidence.yaml", "'2026-02-30' is not a valid date", at: "5:77"),
        // Text that would reach terminals and readers as commands or reordered
        BadInput("schema/range-negative-hours.yaml", .audit, "safeguards.user_reporting.takedown_hours: -1 is out of "
                 + "range: expected a whole number of at least 0", at: "5:74"),
        BadInput("schema/range-threshold-above-one.yaml", "safeguards.minor_likeness.age_estimation.threshold: 1.5 is "
                 + "out of range: expected a number from 0 to 1", at: "7:56"),
        BadInput("schema/escaped-control-character.yaml", "deployment.name: contains U+001B, a control character", at: "3:35"),
        BadInput("schema/escaped-bidi-override.yaml", "deployment.name: contains U+202E, a bidirectional-text control",
                 at: "5:9"),
        BadInput("schema/escaped-control-in-key.yaml", "note<U+001B>[31m: contains U+001B", at: "4:1"),
        BadInput("schema/escaped-control-in-checklist.yaml", "controls[0].title: contains U+001B", at: "11:12"),
        BadInput("schema/escaped-control-in-metrics.yaml", "source.tool: contains U+001B", at: "3:16"),
        // Duplicate ids, dangling references, cyclic profiles
        BadInput("semantic/duplicate-control-id.yaml", "duplicate control id 'PROV-01'", at: "17:5"),
        BadInput("semantic/duplicate-requirement-id.yaml", "duplicate requirement id 'R1'", at: "8:5"),
        BadInput("semantic/duplicate-evidence-id.yaml", "duplicate evidence id 'notes'", at: "6:5"),
        BadInput("semantic/duplicate-filter-id.yaml", "duplicate filter id 'prompt-filter' in safeguards.input_filters",
                 at: "7:12"),
        BadInput("semantic/duplicate-waiver.yaml", "a second waiver for control 'PROV-01' (the first is on line 5)",
                 at: "7:5"),
        BadInput("semantic/market-member-state-without-eu.yaml", "deployment.markets lists FR, a member state of "
                 + "the EU, but not EU: add EU, so that the controls for EU markets apply", at: "3:60"),
        BadInput("semantic/waiver-blank-justification.yaml", "waivers[0].justification: blank; write a value",
                 at: "5:39"),
        BadInput("semantic/waiver-expires-before-approval.yaml", "waiver for control 'PROV-01' expires on 2026-01-31, "
                 + "before it was approved (2026-11-01)", at: "6:40"),
        BadInput("semantic/duplicate-reference-id.yaml", "duplicate reference id 'BAD-1'", at: "5:5"),
        BadInput("semantic/duplicate-probe-category.yaml", "is listed twice", at: "10:5"),
        BadInput("semantic/control-unknown-requirement.yaml", "names requirement 'R9', which the checklist does not define", at: "9:5"),
        BadInput("semantic/control-unknown-reference.yaml", "cites 'NO-SUCH-REF-1'", at: "9:5"),
        BadInput("semantic/condition-bound-never-holds.yaml", "at_least: 1.5 can never hold for "
                 + "'safeguards.minor_likeness.age_estimation.threshold', which is a number from 0 to 1", at: "14:22"),
        BadInput("schema/profile-blank-skip-reason.yaml", "skip[0].reason: blank; write a value", at: "7:32"),
        BadInput("schema/control-blank-rationale.yaml", "controls[0].rationale: blank; write a value", at: "15:16"),
        BadInput("semantic/control-unknown-metric.yaml", "is not in the metric vocabulary", at: "14:14"),
        BadInput("semantic/waiver-unknown-control.yaml", .audit, "waiver names control 'PROV-99'", at: "5:15"),
        BadInput("semantic/unknown-evidence-reference.yaml", "names evidence 'cria-2026', which the evidence list does not have", at: "5:35"),
        BadInput("semantic/profile-cycle-a.yaml", "cyclic extends: cycle-a → cycle-b → cycle-a", at: "5:35",
                 in: "semantic/profile-cycle-b.yaml"),
        BadInput("semantic/profile-cycle-b.yaml", "cyclic extends: cycle-b → cycle-a → cycle-b", at: "5:10",
                 in: "semantic/profile-cycle-a.yaml"),
        BadInput("semantic/profile-extends-itself.yaml", "cyclic extends: self-loop → self-loop", at: "5:10"),
        BadInput("semantic/profile-extends-unknown.yaml", "did you mean 'unicef-ai-children-3.0'?", at: "5:10"),
        BadInput("semantic/profile-skip-unknown-control.yaml", "no control 'NOPE-01'", at: "7:5"),
        BadInput("semantic/profile-skip-twice.yaml", "control 'PROV-01' is skipped twice (first on line 7)", at: "8:5"),
        BadInput("semantic/profile-override-twice.yaml", "a second override for control 'PROV-01' (the first is on line 7)",
                 at: "8:5"),
        BadInput("semantic/profile-override-skipped.yaml", "control 'PROV-01' is skipped on line 7 of this profile",
                 at: "9:5"),
        // Evidence paths and evidence files
        BadInput("evidence/missing-file.yaml", .audit, "file 'files/no-such-notes.md' does not exist", at: "5:39"),
        BadInput("evidence/directory.yaml", .audit, "'files' is a directory, not a file", at: "5:39"),
        BadInput("evidence/empty-file.yaml", .audit, "'files/empty-notes.md' is empty: evidence must hold what it shows",
                 at: "5:39"),
        BadInput("evidence/folder-itself.yaml", .audit, "'.' is a directory, not a file", at: "5:39"),
        BadInput("evidence/empty-path.yaml", .audit, "evidence[0].path: blank; write a value", at: "5:39"),
        BadInput("evidence/absolute-path.yaml", .audit, "must be relative to the manifest's folder", at: "5:39"),
        BadInput("evidence/home-path.yaml", .audit, "must be relative to the manifest's folder", at: "5:39"),
        BadInput("evidence/escapes-folder.yaml", .audit, "leaves the manifest's folder", at: "5:39"),
        BadInput("evidence/escapes-after-descending.yaml", .audit, "leaves the manifest's folder", at: "5:39"),
        BadInput("evidence/metrics-syntax-error.yaml", .audit, "(while parsing a flow mapping that starts here)",
                 at: "5:32", in: "evidence/files/broken-metrics.yaml"),
        BadInput("evidence/metrics-escaped-control.yaml", .audit, "source.tool: contains U+001B", at: "3:16",
                 in: "evidence/files/escaped-tool-metrics.yaml"),
        BadInput("evidence/metrics-rate-not-a-number.yaml", .audit,
                 "refusal.minor-sexualisation: rate nan does not equal passes / n (399/400)", at: "6:3",
                 in: "evidence/files/nan-rate-metrics.yaml"),
        BadInput("evidence/metrics-not-metrics.yaml", .audit, "expected a YAML mapping", at: "1:1",
                 in: "evidence/files/notes.md"),
        BadInput("evidence/promptfoo-truncated.yaml", .audit, "it ends early (truncated?)", at: "7:79",
                 in: "evidence/files/truncated-promptfoo.json"),
        BadInput("evidence/garak-bad-line.yaml", .audit, "not a JSON object", at: "3:1",
                 in: "evidence/files/bad-garak-line.jsonl"),
    ]

    /// Files the cases use that are not cases themselves.
    static let helperFolder = "evidence/files/"

    @Test func corpusHasAtLeastFiftyFilesAndEveryFileIsInTheTable() throws {
        let root = CLI.root.appendingPathComponent(Self.folder).path
        let files = (FileManager.default.enumerator(atPath: root)?.compactMap { $0 as? String } ?? [])
            .filter { name in
                var isDirectory: ObjCBool = false
                let exists = FileManager.default.fileExists(atPath: "\(root)/\(name)", isDirectory: &isDirectory)
                return exists && !isDirectory.boolValue && !name.hasPrefix(Self.helperFolder) && name != "README.md"
            }
        let unlisted = Set(files).subtracting(Self.cases.map(\.file)).sorted()
        let missing = Set(Self.cases.map(\.file)).subtracting(files).sorted()
        #expect(unlisted.isEmpty && missing.isEmpty, "not in the table: \(unlisted); no such file: \(missing)")
        #expect(files.count >= 50)
        #expect(Set(Self.cases.map(\.file)).count == Self.cases.count, "a file is listed twice")
    }

    @Test func everyBadInputExitsTwoWithALocatedMessageQuickly() throws {
        var timings: [(Duration, String)] = []
        for testCase in Self.cases {
            let path = "\(Self.folder)/\(testCase.file)"
            let located = "\(Self.folder)/\(testCase.locatedIn ?? testCase.file)"
            let arguments = [testCase.command.rawValue, path]
            let run = try Guarded.run(arguments)
            timings.append((run.duration, testCase.testDescription))
            Guarded.expectRejected(run, naming: located, at: testCase.at, message: testCase.message,
                                   label: testCase.testDescription)
            if let at = testCase.at, let number = Int(at.prefix { $0 != ":" }),
               let expected = Self.line(number, of: located).map(Self.controlsWrittenOut) {
                // The quoted line is the right one, also with a BOM and CRLF line ends, and with
                // no raw control character in it.
                #expect(!run.stderr.unicodeScalars.contains { $0.value < 0x20 && $0 != "\n" && $0 != "\t" },
                        "\(testCase.testDescription): a control character reached stderr")
                let quoted = run.stderr.split(separator: "\n", omittingEmptySubsequences: false).dropFirst().first ?? ""
                #expect(quoted.unicodeScalars.starts(with: expected.unicodeScalars.prefix(100)),
                        "\(testCase.testDescription): quoted '\(quoted.prefix(100))', line \(number) is '\(expected.prefix(100))'")
            }
        }
        Guarded.printTimings(timings, label: "bad-input corpus")
    }

    /// Line `number` of a UTF-8 file (without BOM or CR); nil when the file is not UTF-8 or the
    /// line is empty (the parser stopped at the end of the file).
    static func line(_ number: Int, of path: String) -> String? {
        guard var bytes = FileManager.default.contents(atPath: CLI.root.appendingPathComponent(path).path)
        else { return nil }
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { bytes = bytes.dropFirst(3) }
        let lines = bytes.split(separator: 0x0A, omittingEmptySubsequences: false)
        guard lines.indices.contains(number - 1) else { return nil }
        var line = lines[number - 1]
        if line.last == 0x0D { line = line.dropLast() }
        guard let text = String(validating: line, as: UTF8.self), !text.isEmpty else { return nil }
        return text
    }

    /// `line` as a diagnostic quotes it: a C0 control character (but tab) written out as `<U+0007>`.
    static func controlsWrittenOut(_ line: String) -> String {
        line.unicodeScalars.map { scalar in
            scalar.value < 0x20 && scalar != "\t" ? "<U+" + String(format: "%04X", scalar.value) + ">" : String(scalar)
        }.joined()
    }

    /// Syntax, encoding and structure faults stop `audit` too, before anything is written.
    @Test func auditWritesNothingForAnInvalidManifest() throws {
        let output = try CLI.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: output) }
        let report = output.appendingPathComponent("report.json").path
        let manifests = Self.cases.filter {
            $0.command == .audit || ["syntax/", "encoding/", "structure/"].contains(where: $0.file.hasPrefix)
        }
        for testCase in manifests {
            let path = "\(Self.folder)/\(testCase.file)"
            let run = try Guarded.run(["audit", path, "--format", "json", "-o", report, "--as-of", "2026-11-15"])
            Guarded.expectRejected(run, naming: "\(Self.folder)/\(testCase.locatedIn ?? testCase.file)",
                                   at: testCase.at, message: testCase.message, label: "audit -o \(testCase.file)")
            let left = (try? FileManager.default.contentsOfDirectory(atPath: output.path)) ?? []
            #expect(left.isEmpty, "audit -o \(testCase.file) left \(left) in the output folder")
        }
        let folder = output.appendingPathComponent("reports")
        for file in ["syntax/bad-escape.yaml", "semantic/waiver-unknown-control.yaml", "evidence/escapes-folder.yaml"] {
            let run = try Guarded.run(["audit", "\(Self.folder)/\(file)", "--output-dir", folder.path,
                                       "--format", "json", "--format", "html", "--format", "markdown"])
            #expect(run.status == 2, "audit --output-dir \(file): exit \(run.status)\n\(run.stderr)")
            #expect(!FileManager.default.fileExists(atPath: folder.path), "audit --output-dir \(file) made \(folder.path)")
        }
    }
}
