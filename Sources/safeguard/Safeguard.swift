import ArgumentParser
import AuditKit
import Foundation

/// The `safeguard` command: audits generative-AI deployments for child-safety safeguards.
@main
struct Safeguard: ParsableCommand {
    static let version = "0.1.0"

    static let configuration = CommandConfiguration(
        commandName: "safeguard",
        abstract: "Audit generative-AI deployments for safety by design against child sexual "
            + "abuse material and sexual deepfakes.",
        discussion: """
            Exit codes: 0 gate passed · 1 gate failed · 2 invalid input (nothing audited) · \
            64 usage error.
            """,
        version: version,
        subcommands: [AuditCommand.self, LintCommand.self, ListCommand.self, ExplainCommand.self,
                      InitCommand.self, ReferenceCommand.self, DiffCommand.self, ProbeCommand.self,
                      ImportCommand.self, KeygenCommand.self, VerifyCommand.self]
    )

    static var tool: ToolInfo { ToolInfo(name: "safeguard", version: version) }

    static func main() {
        // Yams prints to stdout whenever this is set; stdout carries reports.
        unsetenv("YAMS_DEFAULT_ENCODING")
        AllocatorTuning.restartIfUseful()
        TemporaryFiles.removeWhenInterrupted()  // after the exec above, which resets signal handlers
        var running: (any ParsableCommand.Type)?
        do {
            var command = try parseAsRoot()
            running = type(of: command)
            try command.run()
        } catch {
            CommandExit.exit(with: error, running: running)
        }
    }
}
