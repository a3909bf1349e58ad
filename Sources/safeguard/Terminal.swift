import ArgumentParser
import AuditKit
import Foundation

/// Where the CLI talks: reports on stdout, diagnostics on stderr, colour only on a TTY and
/// never when `NO_COLOR` is set.
enum Terminal {
    /// Whether `descriptor` is an interactive terminal that takes colour.
    static func wantsColour(_ descriptor: Int32) -> Bool {
        if let noColour = EnvironmentVariable.value(of: "NO_COLOR"), !noColour.isEmpty { return false }
        return isatty(descriptor) == 1 && EnvironmentVariable.value(of: "TERM") != "dumb"
    }

    /// The style for text written to stdout.
    static var stdoutStyle: TextStyle { wantsColour(STDOUT_FILENO) ? .ansi : .plain }

    /// Writes text to stdout as is.
    /// - Throws: exit code 2, after saying why on stderr, when stdout cannot take it (a full
    ///   disk behind `> file`, `/dev/full`).
    static func write(_ text: String) throws {
        do {
            try FileHandle.standardOutput.write(contentsOf: Data(text.utf8))
        } catch {
            report([stdoutProblem(error)])
            throw ExitCodes.invalidInput
        }
    }

    /// "stdout: error: cannot write here: WHY".
    static func stdoutProblem(_ error: any Error) -> Diagnostic {
        Diagnostic(.fileUnreadable, "cannot write here: \(WriteProblem.words(for: error, path: "stdout"))",
                   file: "stdout")
    }

    /// Writes one line to stderr, with any control character in it written out (`<U+001B>`):
    /// lines quote paths and values from the command line.
    static func note(_ line: String) {
        progress(UnsafeCharacters.shown(line) + "\n")
    }

    /// Writes `text` to stderr as is; if stderr cannot take it, there is nowhere left to say so.
    static func progress(_ text: String) {
        try? FileHandle.standardError.write(contentsOf: Data(text.utf8))
    }

    /// Prints diagnostics to stderr, `error:` in red on a TTY.
    static func report(_ diagnostics: [Diagnostic]) {
        let style: TextStyle = wantsColour(STDERR_FILENO) ? .ansi : .plain
        for diagnostic in diagnostics {
            let text = diagnostic.description.replacingFirstOccurrence(
                of: ": error: ", with: ": " + style.apply(.bad, "error:") + " ")
            progress(text + "\n")
        }
    }

    /// Runs `body`; prints any diagnostics it throws and turns them into exit code 2.
    static func reportingInvalidInput<T>(_ body: () throws -> T) throws -> T {
        do {
            return try body()
        } catch let diagnostic as Diagnostic {
            report([diagnostic])
        } catch let diagnostics as Diagnostics {
            report(diagnostics.all)
        }
        throw ExitCodes.invalidInput
    }
}

/// The documented exit codes.
enum ExitCodes {
    static let gateFailed = ExitCode(1)
    static let invalidInput = ExitCode(2)
}

extension String {
    func replacingFirstOccurrence(of target: String, with replacement: String) -> String {
        guard let range = range(of: target) else { return self }
        return replacingCharacters(in: range, with: replacement)
    }
}
