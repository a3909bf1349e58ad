import Foundation
import Testing

/// The fuzz target, built normally (without libFuzzer), replays the seed corpus and every input
/// the fuzzer once crashed on: each must end in a `Diagnostic` or load cleanly, never in another
/// error or a crash. `scripts/fuzz SECONDS` runs the real fuzzer.
@Suite struct FuzzCorpusReplayTests {
    static let folders = ["Tests/FuzzCorpus/seed", "Tests/FuzzCorpus/regressions"]

    /// `safeguard-fuzz`, next to the `safeguard` binary the other CLI tests run.
    static var binary: URL {
        CLI.binary.deletingLastPathComponent().appendingPathComponent("safeguard-fuzz")
    }

    @Test func seedsAndRegressionsReplayWithoutFindings() throws {
        try #require(FileManager.default.isExecutableFile(atPath: Self.binary.path),
                     "\(Self.binary.path) is missing; run `swift build` first")
        let run = try Guarded.run(Self.folders, executable: Self.binary)
        let lastInput = run.stderr.split(separator: "\n").last ?? ""
        #expect(!run.crashed, "safeguard-fuzz crashed (signal \(run.status)); last input: \(lastInput)")
        #expect(run.status == 0, "safeguard-fuzz exited \(run.status):\n\(run.stdout)\n\(run.stderr.suffix(2000))")
        #expect(run.stdout.contains("0 findings"), "\(run.stdout)")
        let seeds = try FileManager.default.contentsOfDirectory(atPath: CLI.root.appendingPathComponent(Self.folders[0]).path)
        #expect(seeds.count >= 20, "only \(seeds.count) seeds")
    }
}
