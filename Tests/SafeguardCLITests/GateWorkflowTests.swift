import Foundation
import Testing

/// The CI workflow through the real binary: built-in profiles, baselines and `diff`.
@Suite struct GateWorkflowTests {
    /// A copy of the acme fixture in a fresh folder, with C2PA switched on (PROV-01 passes) or off.
    static func acme(c2pa: Bool) throws -> URL {
        let folder = try CLI.temporaryFolder()
        let source = CLI.root.appendingPathComponent("Tests/AuditKitTests/Fixtures/acme")
        try FileManager.default.copyItem(at: source, to: folder.appendingPathComponent("acme"))
        let manifest = folder.appendingPathComponent("acme/deployment.yaml")
        let text = try String(contentsOf: manifest, encoding: .utf8)
            .replacingOccurrences(of: "provenance: {c2pa: false}", with: "provenance: {c2pa: \(c2pa)}")
        try text.write(to: manifest, atomically: true, encoding: .utf8)
        return manifest
    }

    /// The JSON result of the acme fixture with C2PA on, written next to it.
    static func baseline() throws -> URL {
        let manifest = try acme(c2pa: true)
        let path = manifest.deletingLastPathComponent().appendingPathComponent("baseline.json")
        let run = try CLI.run(["audit", manifest.path, "--checklist", ExitCodeTests.checklist,
                               "--as-of", "2026-11-01", "--format", "json", "-o", path.path])
        #expect(run.status == 0, "\(run.stderr)")
        return path
    }

    @Test func regressionIsListedAndGatesOnlyWhenAskedTo() throws {
        let baseline = try Self.baseline().path
        let listed = try CLI.run(ExitCodeTests.audit + ["--baseline", baseline])
        #expect(listed.status == 0)
        #expect(listed.stdout.contains("PROV-01 regressed from passed to failed"))
        let gated = try CLI.run(ExitCodeTests.audit + ["--baseline", baseline, "--fail-on-regression"])
        #expect(gated.status == 1)
        #expect(gated.stdout.contains("✗ PROV-01 regressed from passed to failed: Outputs carry C2PA credentials"))
        #expect(gated.stdout.contains("✗ score dropped from 100 to 92.6"))
        let markdown = try CLI.run(ExitCodeTests.audit + ["--baseline", baseline, "--format", "markdown"])
        #expect(markdown.stdout.contains("## Compared with the baseline of 2026-11-01"))
        #expect(markdown.stdout.contains("| PROV-01 | Outputs carry C2PA credentials | passed | failed |"))
    }

    @Test func diffExitsOneOnRegressionAndZeroOnImprovement() throws {
        let baseline = try Self.baseline()
        let current = baseline.deletingLastPathComponent().appendingPathComponent("current.json")
        _ = try CLI.run(ExitCodeTests.audit + ["--format", "json", "-o", current.path])
        let worse = try CLI.run(["diff", baseline.path, current.path])
        #expect(worse.status == 1)
        #expect(worse.stdout == """
            acme-imagine: 2026-11-01 → 2026-11-22
            score 100 → 92.6 (dropped)
            regressions: 1
              PROV-01 passed → failed: Outputs carry C2PA credentials
            improvements: 0

            """)
        let better = try CLI.run(["diff", current.path, baseline.path])
        #expect(better.status == 0)
        #expect(better.stdout.contains("improvements: 1\n  PROV-01 failed → passed"))
    }

    @Test func baselineOfAnotherDeploymentOrAnotherFormatIsInvalidInput() throws {
        let other = try CLI.run(ExitCodeTests.audit + ["--baseline", "Examples/guarded-image-generator/report.json"])
        #expect(other.status == 2)
        #expect(other.stderr.contains("this baseline is for deployment 'brightframe-studio'"))
        let yaml = try CLI.run(ExitCodeTests.audit + ["--baseline", ExitCodeTests.acme])
        #expect(yaml.status == 2)
        #expect(yaml.stderr.contains("deployment.yaml:1:1: error: is not valid JSON (expected a Safeguard JSON result)"))
    }

    /// A result that is not JSON is placed like any syntax error; Foundation's own words were
    /// "The given data was not valid JSON.", also for JSON nested past its limit.
    @Test func aResultThatIsNotJSONIsPlaced() throws {
        let folder = try CLI.temporaryFolder()
        let cases = [("empty.json", " \n", "empty.json: error: is empty: expected a Safeguard JSON result"),
                     ("comma.json", "{\"format\": \"safeguard-result/v1\",\n \"x\": [1,,2]}\n",
                      "comma.json:2:10: error: is not valid JSON (expected a Safeguard JSON result): invalid value here"),
                     ("deep.json", String(repeating: "[", count: 600) + String(repeating: "]", count: 600),
                      "deep.json:1:514: error: is not valid JSON (expected a Safeguard JSON result): nested too deeply here")]
        for (name, text, message) in cases {
            let path = folder.appendingPathComponent(name).path
            try text.write(toFile: path, atomically: true, encoding: .utf8)
            let run = try CLI.run(["diff", path, path])
            #expect(run.status == 2, "\(name): \(run.stderr)")
            #expect(run.stderr.hasPrefix(folder.path + "/" + message), "\(name): \(run.stderr)")
        }
    }

    @Test func aBaselineControlWithoutItsTitleIsInvalidInputNamingWhere() throws {
        let baseline = try Self.baseline()
        var result = try #require(try JSONSerialization.jsonObject(with: Data(contentsOf: baseline)) as? [String: Any])
        var controls = try #require(result["controls"] as? [[String: Any]])
        #expect(controls[2].removeValue(forKey: "title") != nil)
        result["controls"] = controls
        let broken = baseline.deletingLastPathComponent().appendingPathComponent("untitled.json")
        try JSONSerialization.data(withJSONObject: result, options: .prettyPrinted).write(to: broken)
        let run = try CLI.run(["audit", try Self.acme(c2pa: true).path, "--checklist", ExitCodeTests.checklist,
                               "--as-of", "2026-11-01", "--baseline", broken.path])
        #expect(run.status == 2)
        #expect(run.stderr.contains("untitled.json: error: not a Safeguard JSON result (at .controls[2]: missing key 'title')"))
    }

    /// A portfolio run's lines leave out the checklist text, so they are not results to compare;
    /// one line or several, the message says what the file is.
    @Test func portfolioLinesAreNamedAsSuch() throws {
        let folder = try CLI.temporaryFolder()
        let lines = folder.appendingPathComponent("portfolio.jsonl").path
        let audit = try CLI.run(["audit", ExitCodeTests.acme, "--checklist", ExitCodeTests.checklist,
                                 "--as-of", "2026-11-01", "--format", "jsonl", "-o", lines])
        #expect(audit.status <= 1, "\(audit.stderr)")
        let one = try CLI.run(["diff", lines, lines])
        let text = try String(contentsOfFile: lines, encoding: .utf8)
        try (text + text).write(toFile: lines + "2", atomically: true, encoding: .utf8)
        let two = try CLI.run(["audit", ExitCodeTests.acme, "--checklist", ExitCodeTests.checklist,
                               "--as-of", "2026-11-01", "--baseline", lines + "2"])
        for (run, file) in [(one, lines), (two, lines + "2")] {
            #expect(run.status == 2)
            #expect(run.stderr.contains("\(file): error: holds JSON lines from a "
                                        + "portfolio run (--format jsonl), which leave out the checklist text; "
                                        + "give a result written by --format json\n"), "\(run.stderr)")
        }
    }

    /// Safeguard never writes a control character into a result, so one in a stored result was put
    /// there by hand; `diff` would print it, and a run with `--baseline` put it in every report.
    @Test func aResultWithAControlCharacterInItIsRefused() throws {
        let baseline = try Self.baseline()
        var result = try #require(try JSONSerialization.jsonObject(with: Data(contentsOf: baseline)) as? [String: Any])
        var controls = try #require(result["controls"] as? [[String: Any]])
        controls[1]["title"] = "Title \u{1B}]0;pwned\u{7}"
        result["controls"] = controls
        let edited = baseline.deletingLastPathComponent().appendingPathComponent("edited.json")
        try JSONSerialization.data(withJSONObject: result).write(to: edited)
        let diff = try CLI.run(["diff", baseline.path, edited.path])
        #expect(diff.status == 2)
        #expect(diff.stdout.isEmpty)
        #expect(diff.stderr == "\(edited.path): error: controls[1].title: contains U+001B, a control character; "
                + "Safeguard never writes one, so the result was changed by hand\n")
        let audit = try CLI.run(["audit", try Self.acme(c2pa: true).path, "--checklist", ExitCodeTests.checklist,
                                 "--as-of", "2026-11-01", "--baseline", edited.path])
        #expect(audit.status == 2)
        #expect(audit.stderr.hasPrefix("\(edited.path): error: controls[1].title: contains U+001B"))
    }

    @Test func usageErrors() throws {
        #expect(try CLI.run(ExitCodeTests.audit + ["--fail-on-regression"]).status == 64)
        #expect(try CLI.run(ExitCodeTests.audit + ["--profile", "text-assistant"]).status == 64)
    }

    @Test func builtinProfileShowsOriginsSkipsAndItsTierRule() throws {
        let run = try CLI.run(["audit", "Examples/guarded-image-generator/deployment.yaml", "--profile",
                               "strict-social-image", "--as-of", "2026-11-22", "--format", "markdown"])
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stdout.contains("| Control | Title | Area | Severity | Outcome | Origin |"))
        #expect(run.stdout.contains("| COMP-05 | Session time for minors is limited | strict-social-image |"))
        #expect(run.stdout.contains("modified (unicef-ai-children-3.0): severity high → critical by strict-social-image"))
        let severe = try CLI.run(["audit", "Examples/social-image-generator/deployment.yaml", "--profile",
                                  "strict-social-image", "--as-of", "2026-11-22"])
        #expect(severe.status == 1)
        #expect(severe.stdout.contains("fail on medium, min score 90, severe-tier rule"))
    }
}
