import Foundation
import Testing
@testable import safeguard

/// Portfolio runs start again with glibc's per-thread cache enlarged (`AllocatorTuning`): only
/// they, never twice, keeping what the user set; and their lines are the same either way.
@Suite struct AllocatorTuningTests {
    static let setting = "glibc.malloc.tcache_count=4000"

    @Test(arguments: [
        (["safeguard", "audit", "--manifests-from", "list.txt", "--format", "jsonl"], nil, setting),
        (["safeguard", "audit", "--format", "jsonl", "--manifests-from=list.txt"], nil, setting),
        (["safeguard", "audit", "--manifests-from", "-"], "", setting),
        (["safeguard", "audit", "--manifests-from", "l"], "glibc.malloc.arena_max=2",
         "glibc.malloc.arena_max=2:" + setting),
        (["safeguard", "audit", "--manifests-from", "l"], "glibc.malloc.tcache_count_x=1",
         "glibc.malloc.tcache_count_x=1:" + setting),
    ] as [([String], String?, String?)])
    func portfolioRunsStartAgainWithTheCountAdded(_ arguments: [String], _ current: String?, _ tuned: String?) {
        #expect(AllocatorTuning.tunables(for: arguments, current: current) == tuned)
    }

    @Test(arguments: [
        (["safeguard", "audit", "Examples/a/deployment.yaml"], nil),
        (["safeguard", "audit", "a.yaml", "b.yaml", "--format", "jsonl"], nil),
        (["safeguard", "lint", "--manifests-from", "list.txt"], nil),
        (["safeguard"], nil),
        (["safeguard", "audit", "--manifests-from", "l"], "glibc.malloc.tcache_count=7"),
        (["safeguard", "audit", "--manifests-from", "l"], "glibc.malloc.arena_max=2:glibc.malloc.tcache_count=9"),
    ] as [([String], String?)])
    func otherRunsAndCountsAlreadySetAreLeftAlone(_ arguments: [String], _ current: String?) {
        #expect(AllocatorTuning.tunables(for: arguments, current: current) == nil)
    }

    /// With the count set beforehand the run does not start again; the lines are the same.
    @Test func linesAreTheSameTunedOrNot() throws {
        let list = try CLI.temporaryFolder().appendingPathComponent("list.txt")
        try PortfolioRunTests.examples.joined(separator: "\n").write(to: list, atomically: true, encoding: .utf8)
        let arguments = ["audit", "--manifests-from", list.path, "--format", "jsonl", "--as-of", "2026-11-22"]
        let tuned = try CLI.run(arguments)
        let untuned = try CLI.run(arguments, environment: ["GLIBC_TUNABLES": "glibc.malloc.tcache_count=7"])
        #expect(tuned.status == 1 && untuned.status == 1, "some examples fail their gate: \(tuned.stderr)")
        #expect(tuned.stdout.split(separator: "\n").count == PortfolioRunTests.examples.count)
        #expect(tuned.stdout == untuned.stdout)
        #expect(tuned.stderr == untuned.stderr)
    }
}
