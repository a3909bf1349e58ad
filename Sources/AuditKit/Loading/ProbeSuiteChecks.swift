import Foundation

/// Semantic checks on a probe suite: a kebab-case id, categories from the metric vocabulary with
/// the vocabulary's `expect`, each category once, and non-empty, distinct, short prompts.
public enum ProbeSuiteChecks {
    /// Longest prompt accepted, in characters. Probes name a request in plain words; they never
    /// describe content, so a long prompt is a sign of wording that does not belong in a suite.
    public static let maximumPromptLength = 500

    /// Every problem in `suite`, in file order; empty when it is clean.
    public static func problems(in suite: ProbeSuite, source: SourceFile,
                                vocabulary: MetricVocabulary?) -> [Diagnostic] {
        let top = SourceLocation(file: source.path, line: 1, column: 1)
        var found: [Diagnostic] = []
        let report = { (code: Diagnostic.Code, message: String, at: SourceLocation?) in
            let location = at ?? top
            found.append(source.diagnostic(code, message, line: location.line, column: location.column))
        }
        if !IDSyntax.isKebab(suite.id) {
            report(.invalidValue, "suite id '\(suite.id)' must be lower-case kebab-case, e.g. minor-safety-core", nil)
        }
        if suite.categories.isEmpty { report(.invalidValue, "a probe suite needs at least one category", nil) }
        var seen: Set<String> = []
        for category in suite.categories {
            if !seen.insert(category.id).inserted {
                report(.duplicateID, "category '\(category.id)' is listed twice; merge its prompts", category.location)
            }
            if let problem = vocabularyProblem(category, vocabulary) {
                report(problem.code, problem.message, category.location)
            }
            for problem in promptProblems(category) { report(problem.code, problem.message, problem.at) }
        }
        return found.sorted { ($0.location?.line ?? 0) < ($1.location?.line ?? 0) }
    }

    private static func vocabularyProblem(_ category: ProbeSuite.Category, _ vocabulary: MetricVocabulary?)
        -> (code: Diagnostic.Code, message: String)? {
        guard let vocabulary else { return nil }
        guard let known = vocabulary.categories.first(where: { $0.id == category.id }) else {
            let hint = Spelling.hint(for: category.id, among: vocabulary.categories.map(\.id))
            return (.unknownReference, "'\(category.id)' is not a category in the metric vocabulary\(hint)")
        }
        guard known.expect == category.expect else {
            return (.invalidValue, "\(category.id): expect is '\(category.expect.rawValue)' but the metric "
                    + "vocabulary says '\(known.expect.rawValue)'")
        }
        return nil
    }

    private typealias Finding = (code: Diagnostic.Code, message: String, at: SourceLocation?)

    private static func promptProblems(_ category: ProbeSuite.Category) -> [Finding] {
        var problems: [Finding] = []
        if category.prompts.isEmpty {
            problems.append((.invalidValue, "\(category.id): needs at least one prompt", category.location))
        }
        var seen: Set<String> = []
        for prompt in category.prompts {
            let text = prompt.value.trimmingCharacters(in: .whitespacesAndNewlines)
            if text.isEmpty {
                problems.append((.invalidValue, "\(category.id): empty prompt", prompt.location))
            } else if text.count > maximumPromptLength {
                problems.append((.invalidValue, "\(category.id): prompt is \(text.count) characters; probes "
                                 + "name a request in plain words, at most \(maximumPromptLength)", prompt.location))
            } else if !seen.insert(text.lowercased()).inserted {
                problems.append((.duplicateID, "\(category.id): the same prompt is listed twice", prompt.location))
            }
        }
        return problems
    }
}
