import Foundation

/// What a garak `report.jsonl` says about a run: who ran it and when, and every eval line's
/// counts. Read line by line; attempt lines (prompts, outputs) are only counted.
struct GarakReport {
    /// garak's version, from the `init` line (or `start_run setup`).
    var version: String?
    /// The run's id.
    var runID: String?
    /// When the run started, as garak wrote it.
    var startTime: String?
    /// Every eval line, in file order.
    var evals: [GarakEval] = []
    /// How many attempt lines there were.
    var attempts = 0
    /// Whether the report ends with garak's `completion` line.
    var completed = false

    /// Reads every line of `source`.
    /// - Throws: `Diagnostic` at the first line that is not a JSON object garak would write, or
    ///   whose eval counts do not add up, quoting the line.
    static func read(_ source: SourceFile) throws -> GarakReport {
        var report = GarakReport()
        let decoder = JSONDecoder()
        var number = 0
        let bytes = source.text.utf8
        for raw in bytes.split(separator: 0x0A, omittingEmptySubsequences: false) {
            number += 1
            let line = raw.last == 0x0D ? raw.dropLast() : raw
            if line.allSatisfy({ $0 == 0x20 || $0 == 0x09 }) { continue }
            do {
                try report.take(try decoder.decode(GarakLine.self, from: Data(line)))
            } catch let problem as GarakLineProblem {
                throw source.diagnostic(problem.code, problem.message, line: number, column: 1)
            } catch let error as DecodingError {
                throw located(error, line: number, isLast: raw.endIndex == bytes.endIndex, source)
            }
        }
        return report
    }

    private mutating func take(_ entry: GarakLine) throws(GarakLineProblem) {
        switch entry.entryType {
        case "init":
            (version, runID, startTime) = (entry.version ?? version, entry.runID ?? runID,
                                           entry.startTime ?? startTime)
        case "start_run setup":
            (version, runID, startTime) = (version ?? entry.version, runID ?? entry.runID,
                                           startTime ?? entry.startTime)
        case "eval": evals.append(try GarakEval(entry))
        case "attempt": attempts += 1
        case "completion": completed = true
        default: break
        }
    }

    private static func located(_ error: DecodingError, line: Int, isLast: Bool,
                                _ source: SourceFile) -> Diagnostic {
        guard let problem = DecodingProblem.describe(error) else {
            let message = isLast ? "the last line is not a complete JSON object (truncated file?)"
                : "not a JSON object; garak's report.jsonl holds one JSON object per line"
            return source.diagnostic(.resultsSyntax, message, line: line, column: 1)
        }
        let hint = problem.code == .missingKey ? "; expected a line of garak's report.jsonl" : ""
        return source.diagnostic(problem.code, problem.message + hint, line: line, column: 1)
    }
}
