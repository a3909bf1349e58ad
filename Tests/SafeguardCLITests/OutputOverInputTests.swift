import Foundation
import Testing

/// An output that is one of the run's own inputs is refused before anything is written:
/// `-o deployment.yaml` once replaced the manifest with its own result.
@Suite struct OutputOverInputTests {
    /// A copy of the acme fixture: its manifest, and the bytes of every file in its folder.
    static func acme() throws -> (manifest: String, folder: URL, before: [String: Data]) {
        let manifest = try GateWorkflowTests.acme(c2pa: false)
        let folder = manifest.deletingLastPathComponent()
        var before: [String: Data] = [:]
        for name in try FileManager.default.subpathsOfDirectory(atPath: folder.path) {
            let url = folder.appendingPathComponent(name)
            if let data = FileManager.default.contents(atPath: url.path) { before[name] = data }
        }
        return (manifest.path, folder, before)
    }

    static func expectUnchanged(_ folder: URL, _ before: [String: Data], label: String) throws {
        for (name, data) in before {
            #expect(FileManager.default.contents(atPath: folder.appendingPathComponent(name).path) == data,
                    "\(label): \(name) changed")
        }
    }

    @Test func anAuditOutputOverItsManifestOrEvidenceIsRefused() throws {
        let (manifest, folder, before) = try Self.acme()
        let metrics = folder.appendingPathComponent("evidence/metrics.yaml").path
        let checklist = CLI.root.appendingPathComponent(ExitCodeTests.checklist).path
        let cases = [(["--format", "json", "-o", manifest], manifest, "is the manifest of this run"),
                     (["--format", "markdown", "-o", metrics], metrics, "is evidence of this run"),
                     (["--format", "json", "-o", "./" + ExitCodeTests.checklist], "./" + ExitCodeTests.checklist,
                      "is a checklist of this run")]
        for (options, output, message) in cases {
            let run = try Guarded.run(["audit", manifest, "--checklist", checklist, "--as-of", "2026-11-22"] + options)
            Guarded.expectRejected(run, naming: output, at: nil, message: message, label: options.joined(separator: " "))
            #expect(run.stderr.contains("writing here would replace it: choose another output"))
            try Self.expectUnchanged(folder, before, label: options.joined(separator: " "))
        }
    }

    @Test func aPortfolioOutputOverItsListOrAManifestIsRefused() throws {
        let (manifest, folder, before) = try Self.acme()
        let list = folder.appendingPathComponent("list.txt").path
        try (manifest + "\n").write(toFile: list, atomically: true, encoding: .utf8)
        for (output, message) in [(manifest, "is a manifest of this run"), (list, "is the list of manifests of this run")] {
            let run = try Guarded.run(["audit", "--manifests-from", list, "--checklist", ExitCodeTests.checklist,
                                       "--as-of", "2026-11-22", "--format", "jsonl", "-o", output])
            Guarded.expectRejected(run, naming: output, at: nil, message: message, label: output)
        }
        try Self.expectUnchanged(folder, before, label: "portfolio")
        #expect(try String(contentsOfFile: list, encoding: .utf8) == manifest + "\n")
    }

    @Test func anImportOverItsResultsFileIsRefused() throws {
        let folder = try CLI.temporaryFolder()
        let results = folder.appendingPathComponent("report.jsonl").path
        try FileManager.default.copyItem(atPath: CLI.root.appendingPathComponent(
            "Tests/AuditKitTests/Fixtures/importers/garak-report.jsonl").path, toPath: results)
        let before = FileManager.default.contents(atPath: results)
        let run = try Guarded.run(["import", "--from", "garak", results, "-o", results])
        Guarded.expectRejected(run, naming: results, at: nil, message: "is the results file of this run", label: "import")
        #expect(FileManager.default.contents(atPath: results) == before)
    }

    /// A rename replaces a symbolic link, not the file it leads to, so writing there is allowed.
    @Test func anOutputThatIsALinkToAnInputReplacesOnlyTheLink() throws {
        let (manifest, folder, before) = try Self.acme()
        let link = folder.appendingPathComponent("result.json").path
        try FileManager.default.createSymbolicLink(atPath: link, withDestinationPath: "deployment.yaml")
        let run = try Guarded.run(["audit", manifest, "--checklist", ExitCodeTests.checklist, "--as-of", "2026-11-22",
                                   "--format", "json", "-o", link])
        #expect(run.status == 0, "\(run.stderr)")
        #expect((try? FileManager.default.destinationOfSymbolicLink(atPath: link)) == nil, "the link was replaced")
        try Self.expectUnchanged(folder, before.filter { $0.key != "result.json" }, label: "link")
    }
}
