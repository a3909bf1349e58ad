import ArgumentParser
import AuditKit
import Foundation

/// How the CLI ends when a command stops with an error: ArgumentParser's message and exit code,
/// with three changes.
///
/// - Text quoted from the command line is shown with its control characters written out
///   (`<U+001B>`), so `safeguard explain $'\e[2J'` cannot clear the terminal it reports to.
/// - A usage error found while a subcommand runs (a control that no checklist has, a file that
///   `init` would overwrite) shows that subcommand's usage, not the top level's.
/// - An error of no documented kind exits 2, not 1: exit code 1 means a gate failed, and a
///   CI job must never read an error as that.
enum CommandExit {
    /// Prints what `error` calls for and exits with its code.
    /// - Parameter command: the subcommand that was running, when parsing got that far.
    static func exit(with error: any Error, running command: (any ParsableCommand.Type)?) -> Never {
        let (text, code) = message(for: error, running: command)
        if !text.isEmpty {
            if code == .success { print(text) } else { Terminal.note(text) }
        }
        Foundation.exit(code.rawValue)
    }

    /// The text to print and the exit code for `error`.
    static func message(for error: any Error, running command: (any ParsableCommand.Type)?)
        -> (text: String, code: ExitCode) {
        if let validation = error as? ValidationError, let command, command != Safeguard.self {
            return (usageError(validation.message, command: command), .validationFailure)
        }
        // Each of ArgumentParser's calls below builds its message afresh, which for a help
        // request means rendering the help (1.2 M instructions). Its text tells them apart:
        // every error's starts with "Error: ", and a help or version text, which exits 0, not.
        let text = Safeguard.fullMessage(for: error)
        if !text.isEmpty, !text.hasPrefix(Safeguard._errorPrefix) { return (text, .success) }
        let code = Safeguard.exitCode(for: error)
        if code == .failure, !(error is ExitCode) {
            return ("error: \(error)", ExitCodes.invalidInput)
        }
        return (text, code)
    }

    /// "Error: MESSAGE", the subcommand's usage and where its help is.
    private static func usageError(_ message: String, command: any ParsableCommand.Type) -> String {
        let name = "safeguard \(command._commandName)"
        return "Error: \(message)\nUsage: \(Safeguard.usageString(for: command))\n"
            + "  See '\(name) --help' for more information."
    }
}
