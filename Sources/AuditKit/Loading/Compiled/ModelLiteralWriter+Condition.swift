import SourceLiterals

extension ModelLiteralWriter {
    /// A condition tree, on one line.
    func condition(_ condition: Condition) -> String {
        "Condition(\(kind(condition.kind)), at: \(location(condition.location)))"
    }

    private func kind(_ kind: Condition.Kind) -> String {
        switch kind {
        case .all(let parts): ".all(\(L.array(parts, condition)))"
        case .any(let parts): ".any(\(L.array(parts, condition)))"
        case .not(let part): ".not(\(condition(part)))"
        case .field(let path, let tests): ".field(\(fieldPath(path)), \(L.array(tests, test)))"
        case .some(let path, let part): ".some(\(fieldPath(path)), \(condition(part)))"
        case .each(let path, let part): ".each(\(fieldPath(path)), \(condition(part)))"
        case .metric(let test): ".metric(\(metric(test)))"
        case .document(let path, let days): ".document(\(fieldPath(path)), maxAgeDays: \(L.optional(days, String.init)))"
        case .riskTierAtLeast(let tier): ".riskTierAtLeast(\(L.enumCase(tier)))"
        }
    }

    private func fieldPath(_ path: FieldPath) -> String {
        "FieldPath(components: \(strings(path.components)), dotted: \(L.string(path.description)), "
            + "location: \(location(path.location)))"
    }

    private func test(_ test: FieldTest) -> String {
        switch test {
        case .equals(let value): ".equals(\(L.string(value)))"
        case .isIn(let values): ".isIn(\(strings(values)))"
        case .contains(let value): ".contains(\(L.string(value)))"
        case .atLeast(let value): ".atLeast(\(L.double(value)))"
        case .atMost(let value): ".atMost(\(L.double(value)))"
        case .withinDays(let days): ".withinDays(\(days))"
        case .exists(let flag): ".exists(\(flag))"
        }
    }

    private func metric(_ test: MetricTest) -> String {
        "MetricTest(category: \(L.string(test.category)), atLeast: \(L.optional(test.atLeast, L.double)), "
            + "lowerBoundAtLeast: \(L.optional(test.lowerBoundAtLeast, L.double)), "
            + "minSamples: \(L.optional(test.minSamples, String.init)), "
            + "maxAgeDays: \(L.optional(test.maxAgeDays, String.init)))"
    }
}
