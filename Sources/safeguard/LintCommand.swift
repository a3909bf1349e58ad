import ArgumentParser
import AuditKit
import CompiledCatalog

/// `safeguard lint`: check checklists, profiles, manifests and metrics files without auditing.
struct LintCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "lint",
        abstract: "Check Safeguard files: syntax, schema, ids, references and condition paths.",
        discussion: "Prints 'ok  FILE' for each clean file; exits 2 when any file has a problem.")

    @Argument(help: "Files to check; the format comes from each file's 'safeguard:' key.")
    var files: [String]

    func run() throws {
        let linter = try Terminal.reportingInvalidInput { try Linter(catalog: .compiled) }
        var failed = false
        for path in files {
            let problems = linter.problems(inFileAt: path)
            if problems.isEmpty {
                try Terminal.write("ok  \(path)\n")
            } else {
                Terminal.report(problems)
                failed = true
            }
        }
        if failed { throw ExitCodes.invalidInput }
    }
}
