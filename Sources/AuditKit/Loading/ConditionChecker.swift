/// Checks a condition tree against the manifest schema: every field path exists, every test
/// suits the field's type, every metric is in the vocabulary.
struct ConditionChecker {
    let hasRiskModel: Bool
    let vocabulary: MetricVocabulary?
    let report: (Diagnostic.Code, String, SourceLocation?) -> Void

    func check(_ condition: Condition, against scope: FieldType) {
        switch condition.kind {
        case .all(let children), .any(let children):
            children.forEach { check($0, against: scope) }
        case .not(let child):
            check(child, against: scope)
        case .field(let path, let tests):
            guard let type = resolve(path, in: scope, condition) else { return }
            tests.forEach { checkTest($0, on: type, path, condition) }
        case .some(let path, let inner), .each(let path, let inner):
            guard let type = resolve(path, in: scope, condition) else { return }
            guard case .list(let element) = type else {
                return report(.invalidCondition, "'\(path)' is \(type.summary), not a list: "
                              + "some/each need a list", path.location ?? condition.location)
            }
            check(inner, against: element)
        case .metric(let test):
            checkMetric(test, condition)
        case .document(let path, let maxAgeDays):
            checkNotNegative(["max_age_days": maxAgeDays], condition)
            guard let type = resolve(path, in: scope, condition) else { return }
            if case .evidenceReference = type { return }
            report(.invalidCondition, "'\(path)' is \(type.summary); a document condition needs a "
                   + "field that names an evidence entry", path.location ?? condition.location)
        case .riskTierAtLeast:
            if !hasRiskModel {
                report(.invalidCondition, "risk_tier_at_least needs a risk_model in the checklist",
                       condition.location)
            }
        }
    }

    private func resolve(_ path: FieldPath, in scope: FieldType, _ condition: Condition) -> FieldType? {
        if let type = scope.resolve(path) { return type }
        var known = scope
        var prefix: [String] = []
        for component in path.components {
            guard let next = known.field(component) else {
                let candidates: [String] =
                    if case .object(let fields) = known { fields.map(\.name) } else { [] }
                let hint = Spelling.closest(to: component, among: candidates)
                    .map { "; did you mean '\((prefix + [$0]).joined(separator: "."))'?" } ?? ""
                report(.unknownField, "field '\(path)' does not exist in the deployment manifest "
                       + "schema\(hint)", path.location ?? condition.location)
                return nil
            }
            known = next.type
            prefix.append(component)
        }
        return nil
    }

    private func checkTest(_ test: FieldTest, on type: FieldType, _ path: FieldPath,
                           _ condition: Condition) {
        let at = path.location ?? condition.location
        let literals: [String]
        switch test {
        case .equals(let value): literals = [value]
        case .isIn(let values): literals = values
        case .contains(let value):
            guard case .list(let element) = type else {
                return report(.invalidCondition, "'\(path)' is \(type.summary); 'contains' needs a "
                              + "list", at)
            }
            return checkLiterals([value], element, path, at)
        case .atLeast(let bound), .atMost(let bound):
            guard let range = type.numericRange else {
                return report(.invalidCondition, "'\(path)' is \(type.summary); at_least/at_most need "
                              + "a number", at)
            }
            return checkBound(test, bound, range, type, path, at)
        case .withinDays(let days):
            if case .date = type, days >= 0 { return }
            return report(.invalidCondition, "'\(path)' is \(type.summary); within_days needs a "
                          + "date and a non-negative number of days", at)
        case .exists:
            return
        }
        checkLiterals(literals, type, path, at)
    }

    /// An `at_least` above every value the field admits, or an `at_most` below every one,
    /// can never hold: the control could never pass.
    private func checkBound(_ test: FieldTest, _ bound: Double, _ range: ClosedRange<Double>,
                            _ type: FieldType, _ path: FieldPath, _ at: SourceLocation?) {
        let (name, never) = if case .atLeast = test { ("at_least", bound > range.upperBound) }
            else { ("at_most", bound < range.lowerBound) }
        guard never else { return }
        report(.invalidCondition, "\(name): \(bound.formatted(maxFractionDigits: 6)) can never hold for "
               + "'\(path)', which is \(type.summary)", at)
    }

    private func checkLiterals(_ literals: [String], _ type: FieldType, _ path: FieldPath,
                               _ at: SourceLocation?) {
        for literal in literals where !LiteralCheck.fits(literal, type) {
            report(.invalidCondition, "'\(literal)' can never match '\(path)', which is "
                   + type.summary, at)
        }
    }

    /// Counts of samples and days below 0 make a condition that can never hold, or always does.
    private func checkNotNegative(_ values: KeyValuePairs<String, Int?>, _ condition: Condition) {
        for case let (name, value?) in values where value < 0 {
            report(.invalidCondition, "\(name) is \(value); it must be 0 or more", condition.location)
        }
    }

    private func checkMetric(_ test: MetricTest, _ condition: Condition) {
        if let vocabulary, !vocabulary.contains(test.category) {
            let hint = Spelling.hint(for: test.category, among: vocabulary.categories.map(\.id))
            report(.unknownReference, "metric '\(test.category)' is not in the metric "
                   + "vocabulary\(hint)", condition.location)
        }
        checkNotNegative(["min_samples": test.minSamples, "max_age_days": test.maxAgeDays], condition)
        for bound in [test.atLeast, test.lowerBoundAtLeast].compactMap({ $0 })
        where !(0...1).contains(bound) {
            report(.invalidCondition, "metric thresholds are rates between 0 and 1; found "
                   + bound.formatted(maxFractionDigits: 6), condition.location)
        }
    }
}
