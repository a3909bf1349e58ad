/// Semantic checks on a tool-mapping table: well-formed id patterns, each pattern once per tool,
/// and every category from the metric vocabulary.
public enum ToolMappingChecks {
    /// Every problem in `mappings`, in file order; empty when it is clean.
    public static func problems(in mappings: ToolMappings, source: SourceFile,
                                vocabulary: MetricVocabulary?) -> [Diagnostic] {
        var found: [Diagnostic] = []
        let report = { (code: Diagnostic.Code, message: String, at: SourceLocation?) in
            found.append(source.diagnostic(code, message, line: at?.line ?? 1, column: at?.column ?? 1))
        }
        let rules = mappings.promptfoo.map { ("promptfoo plugin", $0.plugin, $0.location) }
            + mappings.garak.map { ("garak probe", $0.probe, $0.location) }
        var seen: Set<String> = []
        for (kind, pattern, location) in rules {
            if let problem = pattern.problem { report(.invalidValue, "\(kind) '\(pattern)': \(problem)", location) }
            if !seen.insert("\(kind) \(pattern)").inserted {
                report(.duplicateID, "\(kind) '\(pattern)' is mapped twice; keep one entry", location)
            }
        }
        for (category, location) in mappings.categories {
            if let message = vocabularyProblem(category, vocabulary) { report(.unknownReference, message, location) }
        }
        return found.sorted { ($0.location?.line ?? 0) < ($1.location?.line ?? 0) }
    }

    private static func vocabularyProblem(_ category: String, _ vocabulary: MetricVocabulary?) -> String? {
        guard let vocabulary, !vocabulary.contains(category) else { return nil }
        let hint = Spelling.hint(for: category, among: vocabulary.categories.map(\.id))
        return "'\(category)' is not a category in the metric vocabulary\(hint)"
    }
}
