import Foundation

/// Reads promptfoo's `promptfoo eval -o results.json` output into metric counts.
///
/// Each red-team row counts once for the category its plugin maps to: `success: true` (the
/// target behaved safely) is a pass; a failed assertion counts in `n` but not as a pass; a row
/// with an error (`failureReason` 2 or an `error` value) counts only in `errors` — never in `n`,
/// never as a pass. Rows without a mapped plugin are skipped and listed in the notes.
public struct PromptfooImporter: Sendable {
    /// The tool name written into imported files.
    public static let tool = "promptfoo"
    /// The prefix promptfoo may put before plugin ids in older files.
    static let idPrefix = "promptfoo:redteam:"

    /// Which plugins count for which category.
    public let mappings: ToolMappings

    /// Creates an importer over a mapping table.
    public init(mappings: ToolMappings) { self.mappings = mappings }

    /// The counts in `source`, dated `collected` when given, else by the eval's UTC day.
    /// - Throws: `Diagnostic` when the file is not valid JSON, not promptfoo output, has no
    ///   usable date, or has no row of a mapped plugin that promptfoo judged.
    public func document(from source: SourceFile, collected: Day? = nil) throws -> MetricsDocument {
        let output = try decode(source)
        let rows = output.results.results
        var (tally, withoutPlugin) = count(rows)
        let (counts, countNotes) = tally.documentCounts()
        guard !counts.isEmpty else {
            throw Diagnostic(.resultsUnmapped, tally.noResultsMessage(total: rows.count, unit: "rows"),
                             file: source.path)
        }
        if withoutPlugin > 0 {
            tally.note("Skipped rows without a red-team plugin id (not red-team tests): \(withoutPlugin).")
        }
        if let note = Self.statsNote(output.results.stats, rows: rows.count) { tally.note(note) }
        let date = try Self.date(output, collected: collected, source: source)
        return MetricsDocument(
            source: .init(tool: Self.tool, version: PlainIdentifier.screened(output.metadata?.promptfooVersion),
                          runID: PlainIdentifier.screened(output.evalId),
                          timestamp: PlainIdentifier.screened(output.results.timestamp)),
            collected: date, counts: counts,
            notes: ["Imported from promptfoo results (\(rows.count) rows): counts only, no prompts, outputs "
                    + "or grader reasons. Rows promptfoo could not judge are errors, never passes."]
                + tally.summaryNotes(unit: "rows") + countNotes)
    }

    /// Tallies every row by its plugin's category; also returns how many rows had no plugin id.
    private func count(_ rows: [PromptfooOutput.Row]) -> (ImportTally, Int) {
        var tally = ImportTally()
        var withoutPlugin = 0
        for row in rows {
            guard let raw = row.pluginID, !raw.isEmpty else { withoutPlugin += 1; continue }
            let id = raw.hasPrefix(Self.idPrefix) ? String(raw.dropFirst(Self.idPrefix.count)) : raw
            guard let rule = mappings.rule(forPlugin: id) else { tally.skip(id); continue }
            tally.used(rule.plugin.text, category: rule.category, note: rule.note)
            if row.failureReason == PromptfooOutput.Row.errorReason || row.hasError {
                tally.add(rule.category, errors: 1)
            } else {
                tally.add(rule.category, n: 1, passes: row.success ? 1 : 0)
            }
        }
        return (tally, withoutPlugin)
    }

    private func decode(_ source: SourceFile) throws -> PromptfooOutput {
        let bom: [UInt8] = [0xEF, 0xBB, 0xBF]
        let data = source.bytes.starts(with: bom) ? source.bytes.dropFirst(3) : source.bytes
        do {
            return try JSONDecoder().decode(PromptfooOutput.self, from: data)
        } catch let error as DecodingError {
            guard let problem = DecodingProblem.describe(error) else {
                throw JSONErrorLocator.syntaxError(in: source, what: "the JSON of 'promptfoo eval -o results.json'")
            }
            throw Diagnostic(problem.code, problem.message + "; expected the JSON that 'promptfoo eval "
                             + "-o results.json' writes", file: source.path)
        }
    }

    private static func date(_ output: PromptfooOutput, collected: Day?, source: SourceFile) throws -> Day {
        if let collected { return collected }
        let stamps = [output.results.timestamp, output.metadata?.evaluationCreatedAt]
        if let day = stamps.compactMap({ $0.flatMap(ResultTimestamp.init)?.day }).first { return day }
        throw Diagnostic(.missingKey, "'results.timestamp' is missing or not an ISO 8601 time, so the "
                         + "collection date is unknown; give it with --collected (or 'collected:' on "
                         + "the evidence entry)", file: source.path)
    }

    private static func statsNote(_ stats: PromptfooOutput.Stats?, rows: Int) -> String? {
        guard let stats, let successes = stats.successes, let failures = stats.failures else { return nil }
        let counts = [successes, failures, stats.errors ?? 0]
        guard counts.allSatisfy(ImportTally.plausibleCounts.contains) else {
            return "promptfoo's stats hold a count outside 0…\(ImportTally.plausibleCounts.upperBound); they were ignored."
        }
        let total = counts.reduce(0, +)
        guard total != rows else { return nil }
        return "promptfoo's stats count \(total) results but the file holds \(rows) rows; it may be incomplete."
    }
}
