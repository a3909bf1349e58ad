import Foundation
import Testing

/// `audit --format jsonl`: one compact line per manifest, in input order, on every core.
@Suite struct PortfolioRunTests {
    static let examples = GeneratedFilesTests.examples.map { "Examples/\($0)/deployment.yaml" }

    static func ids(in jsonl: String) throws -> [String] {
        try jsonl.split(separator: "\n").map { line in
            let object = try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any]
            return try #require((object?["deployment"] as? [String: Any])?["id"] as? String)
        }
    }

    @Test func linesFollowInputOrderAndMatchSerialRuns() throws {
        let manifests = Self.examples + Self.examples.reversed()
        let list = try CLI.temporaryFolder().appendingPathComponent("list.txt")
        try manifests.joined(separator: "\n").write(to: list, atomically: true, encoding: .utf8)
        let parallel = try CLI.run(["audit", "--manifests-from", list.path, "--format", "jsonl", "--as-of", "2026-11-22"])
        let serial = try CLI.run(["audit", "--manifests-from", list.path, "--format", "jsonl", "--as-of", "2026-11-22",
                                  "--serial"])
        #expect(parallel.status == 1, "some examples fail their gate: \(parallel.stderr)")
        #expect(parallel.stdout == serial.stdout)
        let expected = try GeneratedFilesTests.examples.map(ReportValidationTests.deploymentID)
        #expect(try Self.ids(in: parallel.stdout) == expected + expected.reversed())
        #expect(!parallel.stdout.contains("\"rationale\""), "checklist text is left out of each line")
    }

    @Test func invalidManifestIsReportedOthersStillAuditedNothingWrittenWithOutput() throws {
        let folder = try CLI.temporaryFolder()
        let broken = folder.appendingPathComponent("broken.yaml")
        try "safeguard: deployment/v1\ndeployment: {id: x\n".write(to: broken, atomically: true, encoding: .utf8)
        let arguments = ["audit", Self.examples[0], broken.path, Self.examples[1], "--format", "jsonl",
                         "--as-of", "2026-11-22"]
        let streamed = try CLI.run(arguments)
        #expect(streamed.status == 2)
        #expect(streamed.stderr.contains("broken.yaml:2:"))
        #expect(streamed.stdout.split(separator: "\n").count == 2)
        let out = folder.appendingPathComponent("out.jsonl")
        #expect(try CLI.run(arguments + ["-o", out.path]).status == 2)
        #expect(!FileManager.default.fileExists(atPath: out.path), "an invalid run leaves no file")
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted() == ["broken.yaml"])
    }

    /// `-o /dev/null` or `-o /dev/stdout` writes to the device; a rename would replace it.
    @Test func outputToADeviceOrPipeIsWrittenToItNotReplaced() throws {
        let lines = try NamedPipe()
        let portfolio = try CLI.run(["audit", Self.examples[0], Self.examples[1], "--format", "jsonl",
                                     "--as-of", "2026-11-22", "-o", lines.path])
        let streamed = String(decoding: lines.bytes(), as: UTF8.self)
        #expect(portfolio.status <= 1, "\(portfolio.stderr)")
        #expect(try Self.ids(in: streamed).count == 2)
        #expect(lines.isStillAPipe)
        let result = try NamedPipe()
        let single = try CLI.run(["audit", Self.examples[0], "--format", "json", "--as-of", "2026-11-22",
                                  "-o", result.path])
        let json = try JSONSerialization.jsonObject(with: result.bytes()) as? [String: Any]
        #expect(single.status <= 1, "\(single.stderr)")
        #expect(json?["format"] as? String == "safeguard-result/v1")
        #expect(result.isStillAPipe)
        let folder = URL(fileURLWithPath: result.path).deletingLastPathComponent().path
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder) == ["pipe"], "no temporary file left")
    }

    @Test func jsonlIsForPortfolioRunsOnly() throws {
        #expect(try CLI.run(["audit", Self.examples[0], "--format", "jsonl", "--format", "json"]).status == 64)
        #expect(try CLI.run(["audit", Self.examples[0], "--manifests-from", "x.txt"]).status == 64)
        #expect(try CLI.run(["audit", "--format", "jsonl"]).status == 64)
    }

    /// `--manifests-from -` reads the list from standard input, under the same size cap as a
    /// list file: endless input (`/dev/zero`) once kept the run reading until memory ran out.
    @Test func listFromStandardInputIsReadAndCapped() throws {
        let list = try CLI.temporaryFolder().appendingPathComponent("list.txt")
        try Self.examples.joined(separator: "\n").write(to: list, atomically: true, encoding: .utf8)
        let arguments = ["audit", "--manifests-from", "-", "--format", "jsonl", "--as-of", "2026-11-22"]
        let run = try Guarded.run(arguments, stdin: list.path)
        #expect(run.status == 1, "some examples fail their gate: \(run.stderr)")
        #expect(try Self.ids(in: run.stdout) == GeneratedFilesTests.examples.map(ReportValidationTests.deploymentID))
        let endless = try Guarded.run(arguments, stdin: "/dev/zero")
        Guarded.expectRejected(endless, naming: "stdin", at: nil, message: "is larger than the 256 MiB limit",
                               label: "--manifests-from - < /dev/zero")
    }
}
