import AuditKit
import Foundation
import Testing

/// `safeguard probe` through the real binary against the fake server.
@Suite struct ProbeCommandTests {
    private let keyEnvironment = ["SAFEGUARD_TEST_KEY": ProbeFixtures.apiKey]

    private func probe(_ model: String, _ extra: [String] = [], in folder: URL,
                       server: FakeOpenAI) throws -> ProbeCLI.Run {
        try ProbeCLI.run(["probe", "--endpoint", server.baseURL, "--model", model, "--api-key-env",
                          "SAFEGUARD_TEST_KEY", "-o", folder.appendingPathComponent("out.yaml").path,
                          "--max-backoff", "0.01", "--as-of", "2026-11-22", "--run-id", "test-run"] + extra,
                         environment: keyEnvironment)
    }

    private func expectNoLeak(_ run: ProbeCLI.Run, file: URL?, prompts: [String],
                              sourceLocation: Testing.SourceLocation = #_sourceLocation) throws {
        let written = try file.map { try String(contentsOf: $0, encoding: .utf8) } ?? ""
        for text in [run.stdout, run.stderr, written] {
            #expect(!text.contains(ProbeFixtures.apiKey), sourceLocation: sourceLocation)
            #expect(!text.contains("DO-NOT-LEAK"), sourceLocation: sourceLocation)
            for prompt in prompts { #expect(!text.contains(prompt), sourceLocation: sourceLocation) }
            #expect(!text.contains("I can't help"), sourceLocation: sourceLocation)
        }
    }

    @Test func builtInSuiteAgainstARefusingModel() async throws {
        let server = try FakeOpenAI()
        defer { server.stop() }
        let folder = try ProbeCLI.temporaryFolder()
        let run = try probe("refuse", ["--concurrency", "8"], in: folder, server: server)
        #expect(run.status == 0, "\(run.stderr)")
        let output = folder.appendingPathComponent("out.yaml")
        let (suite, _) = try #require(try BuiltinCatalog.embedded.probeSuites().first { $0.suite.id == "minor-safety-core" })
        let metrics = try Loader.metrics(try SourceFile(reading: output.path),
                                         vocabulary: try BuiltinCatalog.embedded.vocabulary())
        #expect(metrics.collected == Day(iso: "2026-11-22"))
        #expect(metrics.source?.runID == "test-run")
        #expect(metrics.source?.timestamp == nil)
        for category in suite.categories {
            let entry = try #require(metrics.metrics[category.id])
            #expect(entry.n == category.prompts.count)
            #expect(entry.passes == (category.expect == .refuse ? category.prompts.count : 0))
            #expect(entry.errors == nil)
            #expect(run.stdout.contains(category.id))
        }
        try expectNoLeak(run, file: output, prompts: suite.categories.flatMap { $0.prompts.map(\.value) })
        #expect(try await server.stats().bearer["refuse"] == suite.promptCount)
    }

    @Test func persistentServerErrorsExitOneWithErrorsOnly() async throws {
        let server = try FakeOpenAI()
        defer { server.stop() }
        let folder = try ProbeCLI.temporaryFolder()
        let suiteFile = folder.appendingPathComponent("suite.yaml")
        try ProbeFixtures.suiteYAML.write(to: suiteFile, atomically: true, encoding: .utf8)
        let run = try probe("always-500", ["--suite", suiteFile.path, "--retries", "2"], in: folder, server: server)
        #expect(run.status == 1, "\(run.stderr)")
        let text = try String(contentsOf: folder.appendingPathComponent("out.yaml"), encoding: .utf8)
        #expect(text.contains("refusal.minor-sexualisation: {n: 0, passes: 0, errors: 3}"))
        #expect(text.contains("over-refusal.family-photos: {n: 0, passes: 0, errors: 2}"))
        let loaded = try Loader.metrics(SourceFile(path: "out.yaml", text: text),
                                        vocabulary: try BuiltinCatalog.embedded.vocabulary())
        #expect(loaded.metrics.values.allSatisfy { $0.n == 0 && $0.passes == 0 })
        #expect(loaded.metrics.values.map { $0.errors ?? 0 }.reduce(0, +) == 7)
        #expect(run.stdout.contains("7 probes, 21 requests, 7 errors (7 server-error)"))
        #expect(try await server.stats().requests("always-500") == 21)
        try expectNoLeak(run, file: folder.appendingPathComponent("out.yaml"), prompts: ["Probe A1"])
    }

    @Test func rateLimitsLeaveNoErrors() async throws {
        let server = try FakeOpenAI()
        defer { server.stop() }
        let folder = try ProbeCLI.temporaryFolder()
        let suiteFile = folder.appendingPathComponent("suite.yaml")
        try ProbeFixtures.suiteYAML.write(to: suiteFile, atomically: true, encoding: .utf8)
        let run = try probe("rate-limit", ["--suite", suiteFile.path], in: folder, server: server)
        #expect(run.status == 0, "\(run.stderr)")
        let text = try String(contentsOf: folder.appendingPathComponent("out.yaml"), encoding: .utf8)
        #expect(!text.contains("errors"))
        #expect(text.contains("refusal.minor-sexualisation: {n: 3, passes: 3"))
        #expect(try await server.stats().requests("rate-limit") == 14)
    }

    @Test func aMissingKeyVariableExitsTwoBeforeAnyRequest() throws {
        let folder = try ProbeCLI.temporaryFolder()
        let output = folder.appendingPathComponent("out.yaml")
        let run = try ProbeCLI.run(["probe", "--endpoint", "http://127.0.0.1:9", "--model", "refuse",
                                    "--api-key-env", "SAFEGUARD_UNSET_VARIABLE_FOR_TEST", "-o", output.path])
        #expect(run.status == 2)
        #expect(run.stderr.contains("SAFEGUARD_UNSET_VARIABLE_FOR_TEST is not set"))
        #expect(!FileManager.default.fileExists(atPath: output.path))
    }

    @Test(arguments: [["--endpoint", "ftp://example.com"], ["--endpoint", "http://user:pw@example.com"],
                      ["--suite", "no-such-suite"]])
    func invalidInputExitsTwo(_ arguments: [String]) throws {
        let folder = try ProbeCLI.temporaryFolder()
        var all = ["probe", "--endpoint", "http://127.0.0.1:9", "--model", "m", "-o",
                   folder.appendingPathComponent("out.yaml").path]
        all += arguments
        let run = try ProbeCLI.run(all)
        #expect(run.status == 2, "\(run.stderr)")
        #expect(!run.stderr.contains("pw@"))
    }

    @Test func usageErrorsExitSixtyFour() throws {
        let run = try ProbeCLI.run(["probe", "--endpoint", "http://127.0.0.1:9", "--model", "m", "-o", "x.yaml",
                                    "--concurrency", "0"])
        #expect(run.status == 64)
    }

    /// The model name and run id go into the results file; a control character there would make
    /// a file that every later audit refuses, so the probe refuses it before any request.
    @Test(arguments: [["--model", "m\u{1B}[2J"], ["--model", "m", "--run-id", "r\u{202E}"]])
    func aControlCharacterInWhatTheResultsFileCarriesIsAUsageError(_ options: [String]) throws {
        let folder = try ProbeCLI.temporaryFolder()
        let output = folder.appendingPathComponent("p.yaml").path
        let run = try ProbeCLI.run(["probe", "--endpoint", "http://127.0.0.1:9", "-o", output] + options)
        #expect(run.status == 64)
        let option = options.count == 2 ? "--model contains U+001B" : "--run-id contains U+202E"
        #expect(run.stderr.hasPrefix("Error: \(option)"), "\(run.stderr)")
        #expect(!FileManager.default.fileExists(atPath: output))
    }

    @Test func lintAcceptsSuitesAndRejectsBadOnes() throws {
        let good = try ProbeCLI.run(["lint", "Checklists/probes/minor-safety-core.yaml"])
        #expect(good.status == 0, "\(good.stderr)")
        let folder = try ProbeCLI.temporaryFolder()
        let bad = folder.appendingPathComponent("bad.yaml")
        try ProbeFixtures.suiteYAML.replacingOccurrences(of: "expect: comply", with: "expect: refuse")
            .write(to: bad, atomically: true, encoding: .utf8)
        let run = try ProbeCLI.run(["lint", bad.path])
        #expect(run.status == 2)
        #expect(run.stderr.contains("bad.yaml:12:5: error: over-refusal.family-photos: expect is 'refuse'"))
    }
}
