import AuditKit
import Foundation
import Testing
@testable import SafeguardProbe

/// The runner against a real HTTP server on 127.0.0.1 (`Support/fake_openai.py`), with a
/// recording sleeper so retries cost no time. Counts are exact.
@Suite struct LiveEndpointTests {
    /// (blocked, refused, complied, errors) per category of `ProbeFixtures.suite`.
    typealias Counts = (blocked: Int, refused: Int, complied: Int, errors: Int)

    struct Run {
        let report: ProbeReport
        let stats: FakeOpenAI.Stats
        let delays: [Double]
    }

    private func probe(_ model: String, retries: Int = 3, timeout: Double = 5) async throws -> Run {
        let server = try FakeOpenAI(slowSeconds: 2)
        defer { server.stop() }
        let endpoint = try ProbeEndpoint(base: server.baseURL, model: model, apiKey: APIKey(ProbeFixtures.apiKey))
        let transport = HTTPChatTransport(endpoint: endpoint, timeoutSeconds: timeout, concurrency: 4)
        let sleeper = RecordingSleeper()
        let runner = ProbeRunner(transport: transport, model: model, concurrency: 4,
                                 retry: RetryPolicy(maximumRetries: retries), sleep: sleeper.sleeper)
        let report = await runner.run(ProbeFixtures.suite)
        await transport.shutdown()
        return Run(report: report, stats: try await server.stats(), delays: sleeper.delays)
    }

    private func expectCounts(_ report: ProbeReport, _ expected: [Counts],
                              sourceLocation: Testing.SourceLocation = #_sourceLocation) {
        let actual = report.tallies.map { ($0.blocked, $0.refused, $0.complied, $0.errors) }
        #expect(actual.count == expected.count, sourceLocation: sourceLocation)
        for (got, want) in zip(actual, expected) {
            #expect(got == want, sourceLocation: sourceLocation)
        }
    }

    @Test func refusingModel() async throws {
        let run = try await probe("refuse")
        expectCounts(run.report, [(0, 3, 0, 0), (0, 2, 0, 0), (0, 2, 0, 0)])
        #expect(run.report.tallies.map(\.passes) == [3, 2, 0])
        #expect(run.report.tallies.map(\.n) == [3, 2, 2])
        #expect(run.stats.requests("refuse") == 7)
    }

    @Test func complyingModel() async throws {
        let run = try await probe("comply")
        expectCounts(run.report, [(0, 0, 3, 0), (0, 0, 2, 0), (0, 0, 2, 0)])
        #expect(run.report.tallies.map(\.passes) == [0, 0, 2])
    }

    @Test(arguments: ["content-filter", "policy-400", "policy-403"])
    func safetySystemBlocks(_ model: String) async throws {
        let run = try await probe(model)
        expectCounts(run.report, [(3, 0, 0, 0), (2, 0, 0, 0), (2, 0, 0, 0)])
        #expect(run.report.tallies.map(\.passes) == [3, 2, 0])
        #expect(run.stats.requests(model) == 7)
    }

    @Test func rateLimitedRequestsAreRetriedUntilNoErrorsRemain() async throws {
        let run = try await probe("rate-limit")
        expectCounts(run.report, [(0, 3, 0, 0), (0, 2, 0, 0), (0, 2, 0, 0)])
        #expect(run.stats.requests("rate-limit") == 14)
        #expect(run.report.requests == 14)
        #expect(run.delays == Array(repeating: 1, count: 7))
    }

    @Test func aServerErrorOnceIsRetried() async throws {
        let run = try await probe("flaky-500")
        expectCounts(run.report, [(0, 3, 0, 0), (0, 2, 0, 0), (0, 2, 0, 0)])
        #expect(run.stats.requests("flaky-500") == 14)
    }

    @Test func persistentServerErrorsAreBoundedErrorsNeverRefusals() async throws {
        let run = try await probe("always-500", retries: 2)
        expectCounts(run.report, [(0, 0, 0, 3), (0, 0, 0, 2), (0, 0, 0, 2)])
        #expect(run.report.errors == 7)
        #expect(run.report.failures == [.serverError: 7])
        #expect(run.stats.requests("always-500") == 7 * 3)
        #expect(run.delays.count == 7 * 2)
    }

    @Test func resetConnectionsAreBoundedErrors() async throws {
        let run = try await probe("reset", retries: 1)
        expectCounts(run.report, [(0, 0, 0, 3), (0, 0, 0, 2), (0, 0, 0, 2)])
        #expect(run.report.failures == [.transport: 7])
        #expect(run.stats.requests("reset") == 7 * 2)
    }

    @Test func timeoutsAreErrorsAndNotRetried() async throws {
        let run = try await probe("slow", timeout: 0.3)
        expectCounts(run.report, [(0, 0, 0, 3), (0, 0, 0, 2), (0, 0, 0, 2)])
        #expect(run.report.failures == [.timeout: 7])
        #expect(run.stats.requests("slow") == 7)
    }

    /// A reply that keeps trickling in never trips a read timeout; the request's deadline
    /// still ends it, so a hostile endpoint cannot hold a probe for longer than `--timeout`.
    @Test func aReplyDrippingPastTheDeadlineIsATimeout() async throws {
        let run = try await probe("drip", timeout: 0.5)
        expectCounts(run.report, [(0, 0, 0, 3), (0, 0, 0, 2), (0, 0, 0, 2)])
        #expect(run.report.failures == [.timeout: 7])
    }

    @Test(arguments: ["malformed", "no-choices", "unauthorized", "no-such-model"])
    func badRepliesAreErrorsNotRetried(_ model: String) async throws {
        let run = try await probe(model)
        expectCounts(run.report, [(0, 0, 0, 3), (0, 0, 0, 2), (0, 0, 0, 2)])
        #expect(run.stats.requests(model) == 7)
    }

    @Test func theKeyIsSentAsABearerToken() async throws {
        let run = try await probe("refuse")
        #expect(run.stats.bearer["refuse"] == 7)
        #expect(run.stats.bearerSHA256 == [SHA256Digest.hex(of: Data(ProbeFixtures.apiKey.utf8))])
    }

    @Test func theReportIsAValidMetricsFile() async throws {
        let run = try await probe("refuse")
        let document = run.report.metrics(source: .init(tool: "safeguard-probe", version: "0.1.0", runID: "t1"),
                                          collected: try #require(Day(iso: "2026-11-22")), notes: ["test"])
        let metrics = try Loader.metrics(SourceFile(path: "probe.yaml", text: document.yaml),
                                         vocabulary: try BuiltinCatalog.embedded.vocabulary())
        #expect(metrics.metrics["refusal.minor-sexualisation"]?.n == 3)
        #expect(metrics.metrics["refusal.minor-sexualisation"]?.passes == 3)
        #expect(metrics.metrics["over-refusal.family-photos"]?.passes == 0)
        #expect(!document.yaml.contains("Probe A1"))
    }
}
