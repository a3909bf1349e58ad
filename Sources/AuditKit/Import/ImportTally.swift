/// What an importer found while walking a results file: counts per metric category, the ids it
/// skipped, and the notes to write. Holds ids and numbers only — never prompts or outputs.
struct ImportTally {
    /// One category's running counts.
    struct Counts {
        var n = 0
        var passes = 0
        var errors = 0
    }

    /// The counts one result line or summary may hold. Bounded so that summing every line of the
    /// largest readable file cannot overflow; no real run comes near it.
    static let plausibleCounts = 0...(1 << 40)

    /// Counts by category.
    private(set) var counts: [String: Counts] = [:]
    /// Results skipped because their id has no mapping: screened id → how many.
    private(set) var unmapped: [String: Int] = [:]
    /// Unmapped results whose id was not a plain identifier, so it is not shown.
    private(set) var unshownUnmapped = 0
    /// Notes collected along the way, in order.
    private(set) var notes: [String] = []
    /// The mapping notes of the rules used, by category and id.
    private var ruleNotes: [String: String] = [:]

    /// Adds judged and unjudged results to `category`.
    mutating func add(_ category: String, n: Int = 0, passes: Int = 0, errors: Int = 0) {
        counts[category, default: Counts()].n += n
        counts[category, default: Counts()].passes += passes
        counts[category, default: Counts()].errors += errors
    }

    /// Records that results with `id` were skipped for want of a mapping.
    mutating func skip(_ id: String, count: Int = 1) {
        if let shown = PlainIdentifier.screened(id) { unmapped[shown, default: 0] += count }
        else { unshownUnmapped += count }
    }

    /// Records that the mapping `id → category` was used, with the table's note about it.
    mutating func used(_ id: String, category: String, note: String?) {
        guard let note, let shown = PlainIdentifier.screened(id) else { return }
        ruleNotes["\(shown) → \(category)"] = note
    }

    /// Adds a note.
    mutating func note(_ text: String) { notes.append(text) }

    /// The document counts: categories with at least one judged result. A category whose
    /// results were all errors gets a note instead, since a rate needs judged results.
    func documentCounts() -> (counts: [MetricsDocument.Count], notes: [String]) {
        var found: [MetricsDocument.Count] = []
        var notes: [String] = []
        for (category, count) in counts.sorted(by: { $0.key < $1.key }) {
            if count.n > 0 {
                found.append(.init(category: category, n: count.n, passes: count.passes, errors: count.errors))
            } else if count.errors > 0 {
                notes.append("\(category): left out, all \(count.errors) results were errors (none judged).")
            }
        }
        return (found, notes)
    }

    /// Notes on the mappings used and the results skipped; `unit` names a result ("rows").
    func summaryNotes(unit: String) -> [String] {
        var lines = ruleNotes.sorted { $0.key < $1.key }.map { "Mapping \($0.key): \($0.value)" }
        if !unmapped.isEmpty || unshownUnmapped > 0 {
            var listed = unmapped.sorted { $0.key < $1.key }.map { "\($0.key) (\($0.value))" }
            if unshownUnmapped > 0 { listed.append("\(unshownUnmapped) with ids not shown") }
            lines.append("Skipped \(unit) with no Safeguard category: " + listed.joined(separator: ", ") + ".")
        }
        return notes + lines
    }

    /// The message for a file that yields no judged result of a mapped id.
    func noResultsMessage(total: Int, unit: String) -> String {
        let errors = counts.values.reduce(0) { $0 + $1.errors }
        if !counts.isEmpty {
            return "no mapped results: all \(errors) \(unit) of mapped ids were errors, none was judged"
        }
        var listed = unmapped.sorted { $0.key < $1.key }.map { "\($0.key) (\($0.value))" }
        if unshownUnmapped > 0 { listed.append("\(unshownUnmapped) with ids not shown") }
        return "no mapped results: none of its \(total) \(unit) has an id in the tool-mapping table"
            + (listed.isEmpty ? "" : "; unmapped: " + listed.joined(separator: ", "))
    }

    /// How many results were skipped for want of a mapping.
    var skippedCount: Int { unmapped.values.reduce(unshownUnmapped, +) }
}
