import ArgumentParser
import Foundation
import Testing
@testable import safeguard

/// Text that comes from the command line, as the CLI says it back: control characters written
/// out, a running subcommand's own usage, file names that reports could not show safely.
@Suite struct CommandLineTextTests {
    static let escape = "\u{1B}[2J"

    @Test func aValueFromTheCommandLineHasItsControlCharactersWrittenOut() throws {
        for arguments in [["explain", Self.escape], ["audit", ExitCodeTests.acme, "--as-of", Self.escape]] {
            let run = try CLI.run(arguments)
            #expect(run.status == 64)
            #expect(run.stderr.contains("'<U+001B>[2J'"), "\(run.stderr)")
            #expect(!run.stderr.contains("\u{1B}"))
        }
    }

    /// The organisation's name is printed into every report: it went raw into Markdown on stdout.
    @Test(arguments: ["Acme\u{1B}[2J", "Acme\u{202E}"])
    func anOrganisationNameWithAControlCharacterIsAUsageError(_ name: String) throws {
        let folder = try CLI.temporaryFolder()
        let run = try CLI.run(ExitCodeTests.audit + ["--format", "markdown", "--format", "html", "--org-name", name,
                                                     "--output-dir", folder.path])
        #expect(run.status == 64)
        #expect(run.stderr.hasPrefix("Error: --org-name contains U+"), "\(run.stderr)")
        #expect(!run.stderr.contains("\u{1B}") && !run.stderr.contains("\u{202E}"))
        #expect((try? FileManager.default.contentsOfDirectory(atPath: folder.path)) == [])
    }

    /// ArgumentParser only knows the top-level command once `run()` has begun, so it used to show
    /// `Usage: safeguard <subcommand>` for these.
    @Test func aUsageErrorWhileASubcommandRunsShowsThatSubcommandsUsage() throws {
        let explain = try CLI.run(["explain", "NOPE-99"])
        #expect(explain.stderr == """
            Error: no control 'NOPE-99' in the checklists searched
            Usage: safeguard explain <control-id> [--checklist <checklist>]
              See 'safeguard explain --help' for more information.

            """)
        let initOver = try CLI.run(["init", "-o", ExitCodeTests.acme])
        #expect(initOver.status == 64)
        #expect(initOver.stderr.contains("Usage: safeguard init [--output <output>] [--force]\n"))
    }

    /// Exit code 1 says a gate failed; an error of no documented kind must never read as that.
    @Test func anErrorOfNoDocumentedKindExitsTwo() {
        struct Unexpected: Error {}
        let (text, code) = CommandExit.message(for: Unexpected(), running: AuditCommand.self)
        #expect(code.rawValue == 2)
        #expect(text == "error: Unexpected()")
        #expect(CommandExit.message(for: ExitCode(1), running: AuditCommand.self).code.rawValue == 1)
        #expect(CommandExit.message(for: ValidationError("x"), running: nil).code.rawValue == 64)
    }

    /// Reports name their input files, so a file name with a control character in it is refused
    /// before anything is read, whether it is a manifest, a checklist or a list of manifests.
    @Test(arguments: [("\u{1B}[31m", "<U+001B>[31m", "U+001B, a control character"),
                      ("\u{202E}", "<U+202E>", "U+202E, a bidirectional-text control"),
                      ("\u{9B}", "<U+009B>", "U+009B, a control character")])
    func anInputWhoseNameHoldsAControlCharacterIsRefused(_ unsafe: String, _ shown: String, _ named: String) throws {
        let folder = try CLI.temporaryFolder()
        let manifest = folder.appendingPathComponent("deploy\(unsafe)ment.yaml")
        try FileManager.default.copyItem(at: CLI.root.appendingPathComponent(ExitCodeTests.acme), to: manifest)
        let run = try CLI.run(["audit", manifest.path, "--checklist", ExitCodeTests.checklist, "--as-of", "2026-11-22",
                               "--format", "markdown"])
        #expect(run.status == 2)
        #expect(run.stdout.isEmpty)
        #expect(run.stderr.hasPrefix("\(folder.path)/deploy\(shown)ment.yaml: error: its name contains \(named); "),
                "\(run.stderr)")
        #expect(!run.stderr.contains(unsafe))
    }

    @Test func aChecklistWhoseNameHoldsAControlCharacterIsRefused() throws {
        let folder = try CLI.temporaryFolder()
        let checklist = folder.appendingPathComponent("check\u{7}list.yaml")
        try FileManager.default.copyItem(at: CLI.root.appendingPathComponent(ExitCodeTests.checklist), to: checklist)
        let run = try CLI.run(["audit", ExitCodeTests.acme, "--checklist", checklist.path, "--as-of", "2026-11-22"])
        #expect(run.status == 2)
        #expect(run.stderr == "\(folder.path)/check<U+0007>list.yaml: error: its name contains U+0007, a control "
                + "character; rename it (reports name their inputs, and would pass it on to terminals and "
                + "readers as it is)\n")
    }
}
