/// Semantic checks on a metrics file: counts that add up, a collection date for every entry,
/// categories from the vocabulary.
enum MetricsChecks {
    static func problems(in metrics: MetricsFile, source: SourceFile, vocabulary: MetricVocabulary?,
                         keyLocations: [String: SourceLocation]) -> [Diagnostic] {
        var found: [Diagnostic] = []
        for (category, entry) in metrics.orderedMetrics {
            let at = keyLocations[category] ?? entry.location
                ?? SourceLocation(file: source.path, line: 1, column: 1)
            let report = { (code: Diagnostic.Code, message: String) in
                found.append(source.diagnostic(code, "\(category): \(message)",
                                               line: at.line, column: at.column))
            }
            if entry.n < 0 || (entry.n == 0 && (entry.errors ?? 0) == 0) {
                report(.invalidValue, "n must be at least 1 (0 only when errors counts the samples that failed)")
            }
            if entry.passes < 0 || entry.passes > entry.n {
                report(.invalidValue, "passes must be between 0 and n (\(entry.n))")
            }
            if let rate = entry.rate, entry.n > 0,
               !(abs(rate - Double(entry.passes) / Double(entry.n)) <= 0.0005) {  // NaN fails too
                report(.invalidValue, "rate \(rate.formatted(maxFractionDigits: 6)) does not equal "
                       + "passes / n (\(entry.passes)/\(entry.n))")
            }
            if let bound = entry.lowerBound, entry.n > 0,
               !(abs(bound - Wilson.lowerBound(successes: entry.passes, trials: entry.n)) <= 0.0005) {
                report(.invalidValue, "lower_bound \(bound.formatted(maxFractionDigits: 6)) is not the Wilson "
                       + "95 % lower bound of \(entry.passes)/\(entry.n)")
            }
            if let errors = entry.errors, errors < 0 { report(.invalidValue, "errors must not be negative") }
            if entry.collected == nil && metrics.collected == nil {
                report(.missingKey, "no collection date: set 'collected' on the entry or the file")
            }
            if let vocabulary, !vocabulary.contains(category) {
                let hint = Spelling.hint(for: category, among: vocabulary.categories.map(\.id))
                report(.unknownReference, "not a category in the metric vocabulary\(hint)")
            }
        }
        return found.sorted { ($0.location?.line ?? 0) < ($1.location?.line ?? 0) }
    }
}
