import Foundation
import Testing

/// One file of `Tests/BadInputs/`: how to run it and what the error must say.
struct BadInput: Sendable, CustomTestStringConvertible {
    enum Command: String, Sendable { case lint, audit }

    /// Path relative to `Tests/BadInputs/`.
    let file: String
    /// `lint FILE`, or `audit FILE` for manifests whose evidence or waivers are at fault.
    let command: Command
    /// A fragment of the error message.
    let message: String
    /// `line:col` of the error, or nil when the whole file is at fault (`file: error: …`).
    let at: String?
    /// The file the error is in, when it is not the one run (a sibling profile, an evidence file).
    let locatedIn: String?

    init(_ file: String, _ command: Command, _ message: String, at: String?, in other: String? = nil) {
        (self.file, self.command, self.message, self.at, self.locatedIn) = (file, command, message, at, other)
    }

    init(_ file: String, _ message: String, at: String?, in other: String? = nil) {
        self.init(file, .lint, message, at: at, in: other)
    }

    var testDescription: String { "\(command.rawValue) \(file)" }
}

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
        BadInput("schema/type-markets-not-list.yaml", "deployment.markets: expected a list of text, found 'EU'", at: "3:55"),
        BadInput("schema/type-evidence-is-mapping.yaml", "evidence: expected a list", at: "5:3"),
        BadInput("schema/type-controls-is-mapping.yaml", "controls: expected a list, found a mapping", at: "9:3"),
        BadInput("schema/type-metrics-n-fraction.yaml", "expected a whole number, found '400.5'", at: "5:36"),
        BadInput("schema/type-monthly-users-list.yaml", "expected a whole number, found a list", at: "6:25"),
        BadInput("schema/unknown-key-depth-four.yaml", "unknown key 'treshold' in 'safeguards.minor_likeness.age_estimation'", at: "9:7"),
        BadInput("schema/unknown-key-evidence-entry.yaml", "unknown key 'sha' in 'evidence[0]'", at: "5:49"),
        BadInput("schema/unknown-key-tool-mapping.yaml", "unknown key 'plugn' in promptfoo[0]", at: "4:6"),
        BadInput("schema/unknown-key-risk-factor.yaml", "unknown key 'weight' in risk_model.factors[0]", at: "10:51"),
        BadInput("schema/unknown-key-probe-suite.yaml", "unknown key 'promts' in categories[0]", at: "9:5"),
        BadInput("schema/duplicate-key-top-level.yaml", "duplicate key 'deployment'", at: "4:1"),
        BadInput("schema/duplicate-key-nested.yaml", "duplicate key 'c2pa'", at: "8:5"),
        BadInput("schema/duplicate-key-flow-in-list.yaml", "duplicate key 'action'", at: "6:59"),
        BadInput("schema/duplicate-key-condition.yaml", "duplicate key 'equals'", at: "17:7"),
        BadInput("schema/date-february-30-metrics.yaml", "'2026-02-30' is not a valid date", at: "4:12"),
        BadInput("schema/date-month-13-waiver.yaml", "'2026-13-01' is not a valid date", at: "6:40"),
        BadInput("schema/date-february-30-evidence.yaml", "'2026-02-30' is not a valid date", at: "5:77"),
        // Duplicate ids, dangling references, cyclic profiles
        BadInput("semantic/duplicate-control-id.yaml", "duplicate control id 'PROV-01'", at: "17:5"),
        BadInput("semantic/duplicate-requirement-id.yaml", "duplicate requirement id 'R1'", at: "8:5"),
        BadInput("semantic/duplicate-evidence-id.yaml", "duplicate evidence id 'notes'", at: "6:5"),
        BadInput("semantic/duplicate-reference-id.yaml", "duplicate reference id 'BAD-1'", at: "5:5"),
        BadInput("semantic/duplicate-probe-category.yaml", "is listed twice", at: "10:5"),
        BadInput("semantic/control-unknown-requirement.yaml", "names requirement 'R9', which the checklist does not define", at: "9:5"),
        BadInput("semantic/control-unknown-reference.yaml", "cites 'NO-SUCH-REF-1'", at: "9:5"),
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
        // Evidence paths and evidence files
        BadInput("evidence/missing-file.yaml", .audit, "file 'files/no-such-notes.md' does not exist", at: "5:39"),
        BadInput("evidence/directory.yaml", .audit, "'files' is a directory, not a file", at: "5:39"),
        BadInput("evidence/folder-itself.yaml", .audit, "'.' is a directory, not a file", at: "5:39"),
        BadInput("evidence/empty-path.yaml", .audit, "path is empty", at: "5:39"),
        BadInput("evidence/absolute-path.yaml", .audit, "must be relative to the manifest's folder", at: "5:39"),
        BadInput("evidence/home-path.yaml", .audit, "must be relative to the manifest's folder", at: "5:39"),
        BadInput("evidence/escapes-folder.yaml", .audit, "leaves the manifest's folder", at: "5:39"),
        BadInput("evidence/escapes-after-descending.yaml", .audit, "leaves the manifest's folder", at: "5:39"),
        BadInput("evidence/metrics-syntax-error.yaml", .audit, "(while parsing a flow mapping that starts here)",
                 at: "5:32", in: "evidence/files/broken-metrics.yaml"),
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
                FileManager.default.fileExists(atPath: "\(root)/\(name)", isDirectory: &isDirectory)
                return !isDirectory.boolValue && !name.hasPrefix(Self.helperFolder) && name != "README.md"
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
               let expected = Self.line(number, of: located) {
                // The quoted line is the right one, also with a BOM and CRLF line ends.
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

/// Bad inputs that cannot be committed: made at run time in a temporary folder.
@Suite(.serialized) final class GeneratedBadInputTests {
    let folder: URL

    init() throws { folder = try CLI.temporaryFolder() }
    deinit { try? FileManager.default.removeItem(at: folder) }

    func write(_ name: String, _ text: String) throws -> String {
        let url = folder.appendingPathComponent(name)
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data(text.utf8).write(to: url)
        return url.path
    }

    static let manifest = "safeguard: deployment/v1\ndeployment: {id: bad-input, name: Bad Input}\n"

    static func manifest(evidencePath path: String) -> String {
        manifest + "evidence:\n  - {id: notes, kind: document, path: \(path)}\n"
    }

    /// Runs `command path -o …` and checks it fails before writing.
    func expectRejected(_ arguments: [String], naming file: String, at: String?, message: String) throws {
        let report = folder.appendingPathComponent("out/report.json")
        let command = arguments.first == "audit"
            ? arguments + ["--format", "json", "-o", report.path, "--as-of", "2026-11-15"] : arguments
        let run = try Guarded.run(command)
        Guarded.expectRejected(run, naming: file, at: at, message: message, label: arguments.joined(separator: " "))
        #expect(!FileManager.default.fileExists(atPath: report.path), "\(arguments) wrote \(report.path)")
        Guarded.printTimings([(run.duration, arguments.joined(separator: " "))], label: "generated")
    }

    @Test func sixtyMegabyteFileIsRejectedBySize() throws {
        let url = folder.appendingPathComponent("huge.yaml")
        FileManager.default.createFile(atPath: url.path, contents: nil)
        let handle = try FileHandle(forWritingTo: url)
        let block = Data((Self.manifest + String(repeating: "# padding line for the size cap\n", count: 32_768)).utf8)
        while try handle.offset() < 60_000_000 { handle.write(block) }
        try handle.close()
        for command in ["lint", "audit"] {
            try expectRejected([command, url.path], naming: url.path, at: nil, message: "larger than the 4 MiB limit")
        }
    }

    /// Under the size cap but millions of one-character items: rejected before Yams builds them.
    @Test(arguments: [("flow", "x: [" + Array(repeating: "0", count: 1_900_000).joined(separator: ",") + "]\n"),
                      ("block", String(repeating: "- {a: 0}\n", count: 440_000))])
    func millionsOfTinyNodesAreRejectedBeforeParsing(_ style: String, _ body: String) throws {
        let path = try write("tiny-\(style).yaml", "safeguard: deployment/v1\n" + body)
        try expectRejected(["audit", path], naming: path, at: nil, message: "far more than the 100000 nodes")
    }

    @Test func resultsFileOverItsCapIsRejected() throws {
        let manifest = try write("results/deployment.yaml", Self.manifest
                                 + "evidence:\n  - {id: run, kind: red-team, format: garak, path: report.jsonl}\n")
        let url = folder.appendingPathComponent("results/report.jsonl")
        FileManager.default.createFile(atPath: url.path, contents: nil)
        let handle = try FileHandle(forWritingTo: url)
        let line = Data((String(repeating: #"{"entry_type": "attempt", "seq": 0}"# + "\n", count: 65_536)).utf8)
        while try handle.offset() <= 70_000_000 { handle.write(line) }
        try handle.close()
        try expectRejected(["audit", manifest], naming: url.path, at: nil, message: "larger than the 64 MiB limit")
    }

    /// Quadratic search for a repeated key once made this hang; now it is one pass.
    @Test func duplicateKeyAtTheEndOfALargeMappingIsFoundQuickly() throws {
        let keys = (0..<50_000).map { "k\($0): 1\n" }.joined()
        let path = try write("wide.yaml", Self.manifest + keys + "k1: 2\n")
        try expectRejected(["lint", path], naming: path, at: "50003:1", message: "duplicate key 'k1'")
    }

    @Test func unreadableManifest() throws {
        let path = try write("locked.yaml", Self.manifest)
        try FileManager.default.setAttributes([.posixPermissions: 0o000], ofItemAtPath: path)
        defer { try? FileManager.default.setAttributes([.posixPermissions: 0o644], ofItemAtPath: path) }
        if geteuid() == 0 {
            // root reads any file: the manifest is fine, so lint passes.
            let run = try Guarded.run(["lint", path])
            #expect(run.status == 0, "root: \(run.stderr)")
        } else {
            try expectRejected(["lint", path], naming: path, at: nil, message: "cannot be read (permission denied?)")
            try expectRejected(["audit", path], naming: path, at: nil, message: "cannot be read (permission denied?)")
        }
    }

    @Test func unreadableEvidence() throws {
        let manifest = try write("locked-evidence/deployment.yaml", Self.manifest(evidencePath: "notes.md"))
        let evidence = try write("locked-evidence/notes.md", "Synthetic note.\n")
        try FileManager.default.setAttributes([.posixPermissions: 0o000], ofItemAtPath: evidence)
        defer { try? FileManager.default.setAttributes([.posixPermissions: 0o644], ofItemAtPath: evidence) }
        if geteuid() == 0 {
            let run = try Guarded.run(["lint", manifest])
            #expect(run.status == 0, "root: \(run.stderr)")
        } else {
            try expectRejected(["audit", manifest], naming: manifest, at: "4:39", message: "cannot be read")
        }
    }

    /// Reading a named pipe blocks until something writes to it: evidence must be a regular file.
    @Test func namedPipeAsEvidence() throws {
        let manifest = try write("pipe/deployment.yaml", Self.manifest(evidencePath: "results.yaml"))
        #expect(mkfifo(folder.appendingPathComponent("pipe/results.yaml").path, 0o600) == 0)
        try expectRejected(["audit", manifest], naming: manifest, at: "4:39", message: "is not a regular file")
    }

    @Test func symlinkOutOfTheManifestFolder() throws {
        let outside = try write("outside/secret.md", "Synthetic file outside the manifest's folder.\n")
        let manifest = try write("linked/deployment.yaml", Self.manifest(evidencePath: "notes.md"))
        try FileManager.default.createSymbolicLink(atPath: folder.appendingPathComponent("linked/notes.md").path,
                                                   withDestinationPath: outside)
        try expectRejected(["audit", manifest], naming: manifest, at: "4:39", message: "leaves the manifest's folder")
    }

    @Test func symlinkedFolderOutOfTheManifestFolder() throws {
        _ = try write("outside-folder/notes.md", "Synthetic file outside the manifest's folder.\n")
        let manifest = try write("linked-folder/deployment.yaml", Self.manifest(evidencePath: "docs/notes.md"))
        try FileManager.default.createSymbolicLink(atPath: folder.appendingPathComponent("linked-folder/docs").path,
                                                   withDestinationPath: folder.appendingPathComponent("outside-folder").path)
        try expectRejected(["audit", manifest], naming: manifest, at: "4:39", message: "leaves the manifest's folder")
    }

    @Test func danglingSymlink() throws {
        let manifest = try write("dangling/deployment.yaml", Self.manifest(evidencePath: "notes.md"))
        try FileManager.default.createSymbolicLink(atPath: folder.appendingPathComponent("dangling/notes.md").path,
                                                   withDestinationPath: "no-such-target.md")
        try expectRejected(["audit", manifest], naming: manifest, at: "4:39", message: "does not exist")
    }

    @Test func symlinkToAFolderInside() throws {
        _ = try write("inner/docs/notes.md", "Synthetic note.\n")
        let manifest = try write("inner/deployment.yaml", Self.manifest(evidencePath: "latest"))
        try FileManager.default.createSymbolicLink(atPath: folder.appendingPathComponent("inner/latest").path,
                                                   withDestinationPath: "docs")
        try expectRejected(["audit", manifest], naming: manifest, at: "4:39", message: "is a directory, not a file")
    }
}

/// Runs the binary with its output in files (no pipe can fill up), timed, and checks a rejection.
enum Guarded {
    struct Run {
        let status: Int32
        let crashed: Bool
        let stdout: String
        let stderr: String
        let duration: Duration
    }

    static func run(_ arguments: [String], executable: URL = CLI.binary) throws -> Run {
        let scratch = try CLI.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: scratch) }
        let out = scratch.appendingPathComponent("stdout"), err = scratch.appendingPathComponent("stderr")
        FileManager.default.createFile(atPath: out.path, contents: nil)
        FileManager.default.createFile(atPath: err.path, contents: nil)
        let process = Process()
        process.executableURL = executable
        process.arguments = arguments
        process.currentDirectoryURL = CLI.root
        process.standardInput = FileHandle.nullDevice
        process.standardOutput = try FileHandle(forWritingTo: out)
        process.standardError = try FileHandle(forWritingTo: err)
        let clock = ContinuousClock()
        let start = clock.now
        try process.run()
        let watchdog = DispatchWorkItem { if process.isRunning { process.terminate() } }
        DispatchQueue.global().asyncAfter(deadline: .now() + 120, execute: watchdog)
        process.waitUntilExit()
        watchdog.cancel()
        let duration = clock.now - start
        return Run(status: process.terminationStatus, crashed: process.terminationReason == .uncaughtSignal,
                   stdout: (try? String(contentsOf: out, encoding: .utf8)) ?? "",
                   stderr: (try? String(contentsOf: err, encoding: .utf8)) ?? "", duration: duration)
    }

    /// Exit 2, not a crash, the file named (`file:line:col: error:` or `file: error:`), the message, < 5 s.
    static func expectRejected(_ run: Run, naming file: String, at: String?, message: String, label: String) {
        #expect(!run.crashed, "\(label): killed by signal \(run.status)\n\(run.stderr)")
        #expect(run.status == 2, "\(label): exit \(run.status)\n\(run.stderr)")
        let headline = at.map { "\(file):\($0): error: " } ?? "\(file): error: "
        #expect(run.stderr.contains(headline), "\(label): expected '\(headline)' in\n\(run.stderr)")
        #expect(run.stderr.contains(message), "\(label): expected '\(message)' in\n\(run.stderr)")
        #expect(run.stdout.isEmpty, "\(label): wrote to stdout: \(run.stdout.prefix(300))")
        // The issue asks for a second; CI machines vary, so the hard limit is looser.
        #expect(run.duration < .seconds(5), "\(label): took \(run.duration)")
    }

    static func printTimings(_ timings: [(Duration, String)], label: String) {
        let sorted = timings.sorted { $0.0 < $1.0 }
        guard let slowest = sorted.last else { return }
        let median = sorted[sorted.count / 2].0
        let ms = { (duration: Duration) in
            String(format: "%.0f ms", Double(duration.components.seconds) * 1000
                   + Double(duration.components.attoseconds) / 1e15)
        }
        print("\(label): \(timings.count) runs, median \(ms(median)), slowest \(ms(slowest.0)) (\(slowest.1))")
    }
}
