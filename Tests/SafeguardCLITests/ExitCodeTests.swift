import Foundation
import Testing

/// The documented exit codes, through the real binary: 0 pass, 1 gate failed, 2 invalid input,
/// 64 usage.
@Suite struct ExitCodeTests {
    static let acme = "Tests/AuditKitTests/Fixtures/acme/deployment.yaml"
    static let checklist = "Tests/AuditKitTests/Fixtures/checklist.yaml"
    static let audit = ["audit", acme, "--checklist", checklist, "--as-of", "2026-11-22"]

    @Test func passingGateExitsZero() throws {
        let run = try CLI.run(Self.audit)
        #expect(run.status == 0)
        #expect(run.stdout.contains("GATE PASSED"))
        #expect(run.stderr.isEmpty)
    }

    @Test func failingGateExitsOne() throws {
        let run = try CLI.run(Self.audit + ["--fail-on", "medium"])
        #expect(run.status == 1)
        #expect(run.stdout.contains("PROV-01 (medium) is failed"))
    }

    @Test func minimumScoreFailsTheGate() throws {
        #expect(try CLI.run(Self.audit + ["--min-score", "95"]).status == 1)
        #expect(try CLI.run(Self.audit + ["--min-score", "90"]).status == 0)
    }

    @Test func invalidManifestExitsTwoWithALocatedErrorAndNoOutput() throws {
        let folder = try CLI.temporaryFolder()
        let manifest = folder.appendingPathComponent("bad.yaml")
        try "safeguard: deployment/v1\ndeployment: {id: x, name: X}\ncapabilites: {}\n"
            .write(to: manifest, atomically: true, encoding: .utf8)
        let report = folder.appendingPathComponent("report.json")
        let run = try CLI.run(["audit", manifest.path, "--format", "json", "-o", report.path])
        #expect(run.status == 2)
        #expect(run.stdout.isEmpty)
        #expect(run.stderr.hasPrefix("\(manifest.path):3:1: error: unknown key 'capabilites'"))
        #expect(!FileManager.default.fileExists(atPath: report.path))
    }

    @Test func misspeltChecklistKeyExitsTwoFromLint() throws {
        let folder = try CLI.temporaryFolder()
        let checklist = folder.appendingPathComponent("c.yaml")
        let text = try String(contentsOf: CLI.root.appendingPathComponent(Self.checklist), encoding: .utf8)
            .replacingOccurrences(of: "    severity: medium", with: "    severty: medium")
        try text.write(to: checklist, atomically: true, encoding: .utf8)
        let line = try #require(text.split(separator: "\n", omittingEmptySubsequences: false)
            .firstIndex { $0.contains("severty") }) + 1
        let run = try CLI.run(["lint", checklist.path])
        #expect(run.status == 2)
        #expect(run.stderr.hasPrefix("\(checklist.path):\(line):5: error: unknown key 'severty' in "
                                     + "controls[1]; did you mean 'severity'?"))
    }

    @Test(arguments: [["audit", acme, "--fail-on", "severe"], ["audit"], ["audit", acme, "--bogus"],
                      ["audit", acme, "--as-of", "2026-02-30"], ["explain", "NOPE-99"]])
    func usageErrorsExitSixtyFour(_ arguments: [String]) throws {
        let run = try CLI.run(arguments)
        #expect(run.status == 64)
        #expect(run.stdout.isEmpty)
    }

    @Test func missingManifestExitsTwo() throws {
        let run = try CLI.run(["audit", "no/such/file.yaml"])
        #expect(run.status == 2)
        #expect(run.stderr == "no/such/file.yaml: error: no such file\n")
    }

    @Test func lintAcceptsEveryBuiltInChecklistAndExample() throws {
        let examples = try FileManager.default.contentsOfDirectory(
            atPath: CLI.root.appendingPathComponent("Examples").path)
            .filter { !$0.hasPrefix(".") }.map { "Examples/\($0)/deployment.yaml" }
        let checklists = try FileManager.default.contentsOfDirectory(
            atPath: CLI.root.appendingPathComponent("Checklists").path)
            .filter { $0.hasSuffix(".yaml") }.map { "Checklists/\($0)" }
        let run = try CLI.run(["lint"] + checklists.sorted() + examples.sorted())
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stdout.split(separator: "\n").count == checklists.count + examples.count)
    }
}

extension ExitCodeTests {
    @Test func aliasBombExitsTwo() throws {
        let folder = try CLI.temporaryFolder()
        var lines = ["safeguard: deployment/v1", "a: &a [x, x, x, x, x, x, x, x, x]"]
        for (previous, name) in zip("abcdefgh", "bcdefghi") {
            lines.append("\(name): &\(name) [" + Array(repeating: "*\(previous)", count: 9)
                .joined(separator: ", ") + "]")
        }
        let bomb = folder.appendingPathComponent("bomb.yaml")
        try (lines.joined(separator: "\n") + "\n").write(to: bomb, atomically: true, encoding: .utf8)
        let run = try CLI.run(["audit", bomb.path])
        #expect(run.status == 2)
        #expect(run.stderr.hasPrefix("\(bomb.path): error: expands to more than 100000 YAML nodes"))
    }
}
