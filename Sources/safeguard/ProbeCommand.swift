import ArgumentParser
import AuditKit
import Foundation
import SafeguardProbe

/// `safeguard probe`: measure refusal and over-refusal of a live OpenAI-compatible chat endpoint
/// and write the counts as a `metrics/v1` evidence file.
struct ProbeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "probe",
        abstract: "Measure refusal and over-refusal of an OpenAI-compatible chat endpoint.",
        discussion: """
            Sends every prompt of a probe suite to <endpoint>/v1/chat/completions, classifies each \
            reply as blocked, refused, complied or error, and writes per-category counts (never \
            prompts or replies) as a metrics/v1 file. Exit codes: 0 every probe judged · 1 results \
            written but some probes ended in error · 2 invalid input, nothing probed · 64 usage.
            """)

    @Option(help: "OpenAI-compatible base URL; requests go to <URL>/v1/chat/completions.")
    var endpoint: String

    @Option(help: "The model name sent with every request.")
    var model: String

    @Option(help: "Environment variable that holds the API key (sent as a Bearer token, never printed).")
    var apiKeyEnv: String?

    @Option(help: "A built-in probe suite id or a suite file (safeguard: probes/v1).")
    var suite = "minor-safety-core"

    @Option(name: [.short, .customLong("output")], help: "Write the counts here (safeguard: metrics/v1).")
    var output: String

    @Option(help: "Requests in flight at most (1–64).")
    var concurrency = 4

    @Option(help: "Seconds to wait for each reply before counting an error.")
    var timeout: Double = 30

    @Option(help: "Extra attempts after a 429, a 5xx or a dropped connection (0–10).")
    var retries = 3

    @Option(help: "Longest wait between attempts in seconds, also when Retry-After asks for more.")
    var maxBackoff: Double = 30

    @Option(help: "The collection date written into the file (YYYY-MM-DD; default today, UTC); with it the file carries no clock time.")
    var asOf: Day?

    @Option(help: "A run identifier written into the file.")
    var runId: String?

    func validate() throws {
        guard (1...64).contains(concurrency) else { throw ValidationError("--concurrency must be between 1 and 64") }
        guard timeout > 0, timeout <= 600 else { throw ValidationError("--timeout must be above 0 and at most 600 seconds") }
        guard (0...10).contains(retries) else { throw ValidationError("--retries must be between 0 and 10") }
        guard maxBackoff >= 0, maxBackoff <= 300 else { throw ValidationError("--max-backoff must be between 0 and 300 seconds") }
        // Both are written into the results file, which every later audit reads.
        for (option, value) in [("--model", model), ("--run-id", runId ?? "")] {
            if let unsafe = UnsafeCharacters.firstDescribed(in: value) {
                throw ValidationError("\(option) contains \(unsafe); the results file would carry it")
            }
        }
    }

    func run() throws {
        let (suite, source) = try Terminal.reportingInvalidInput {
            let loaded = try ProbeSuiteLocator.load(self.suite)
            try OutputOverInput.check([output], against: [(self.suite, "the probe suite")])
            return loaded
        }
        let target = try makeEndpoint()
        try checkOutputFolder()
        let started = Date()
        let (model, retry, progress) = (model, RetryPolicy(maximumRetries: retries, maximumDelay: maxBackoff), Self.progress)
        let (timeout, concurrency) = (timeout, concurrency)
        let report = try Blocking.run {
            let transport = HTTPChatTransport(endpoint: target, timeoutSeconds: timeout, concurrency: concurrency)
            let runner = ProbeRunner(transport: transport, model: model, concurrency: concurrency, retry: retry)
            let report = await runner.run(suite, progress: progress)
            await transport.shutdown()
            return report
        }
        if progress != nil { Terminal.progress("\r\u{1B}[K") }
        let document = report.metrics(source: metricsSource(started: started), collected: asOf ?? Day(containing: started),
                                      notes: notes(suite, source: source, report: report))
        try Terminal.reportingInvalidInput { try ReportWriter.writeAtomically(document.yaml, to: output) }  // checked before any request
        try Terminal.write(ProbeSummary.text(report))
        if report.errors > 0 { throw ExitCode(1) }  // written, but some probes have no verdict
    }

    /// The endpoint with the key from `--api-key-env`; exits 2 when either is unusable.
    private func makeEndpoint() throws -> ProbeEndpoint {
        var key: APIKey?
        if let apiKeyEnv {
            key = APIKey(environmentVariable: apiKeyEnv, in: ProcessInfo.processInfo.environment)
            guard key != nil else {
                Terminal.note("error: environment variable \(apiKeyEnv) is not set or is empty; "
                              + "--api-key-env names the variable that holds the API key")
                throw ExitCodes.invalidInput
            }
        }
        do {
            return try ProbeEndpoint(base: endpoint, model: model, apiKey: key)
        } catch {
            Terminal.note("error: \(error)")
            throw ExitCodes.invalidInput
        }
    }

    /// Fails before any request when the results could not be written.
    private func checkOutputFolder() throws {
        let folder = PathText.parent(of: output)
        var isDirectory: ObjCBool = false
        let path = folder.isEmpty ? "." : folder
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory), isDirectory.boolValue,
              FileManager.default.isWritableFile(atPath: path) else {
            Terminal.report([Diagnostic(.fileUnreadable, "the output folder does not exist or is not writable",
                                        file: output)])
            throw ExitCodes.invalidInput
        }
    }

    private func metricsSource(started: Date) -> MetricsFile.Source {
        let timestamp = asOf == nil ? ISO8601DateFormatter().string(from: started) : nil
        return MetricsFile.Source(tool: "safeguard-probe", version: Safeguard.version, runID: runId,
                                  timestamp: timestamp)
    }

    private func notes(_ suite: ProbeSuite, source: SourceFile, report: ProbeReport) -> [String] {
        let digest = SHA256Digest.hex(of: source.bytes)
        var notes = ["Written by safeguard probe: suite \(suite.id) \(suite.version) (sha256 \(digest.prefix(12))), "
                     + "model \(model).",
                     "Counts only: prompts and model replies are never stored."]
        let failures = ProbeFailure.allCases.compactMap { failure in
            report.failures[failure].map { "\($0) \(failure.rawValue)" }
        }
        if !failures.isEmpty { notes.append("Errors, not in n: " + failures.joined(separator: ", ") + ".") }
        return notes
    }

    /// Progress on stderr, only when stderr is a terminal.
    private static var progress: ProbeRunner.Progress? {
        guard isatty(STDERR_FILENO) == 1 else { return nil }
        return { done, total in
            Terminal.progress("\rprobing: \(done)/\(total)")
        }
    }
}
