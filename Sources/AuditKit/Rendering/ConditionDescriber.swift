/// Renders a condition tree as indented, readable lines for `safeguard explain`.
public enum ConditionDescriber {
    /// One line per leaf, nested under `all of:` / `any of:` / `not:` headings.
    public static func lines(_ condition: Condition, indent: String = "") -> [String] {
        switch condition.kind {
        case .all(let children):
            return [indent + "all of:"] + children.flatMap { lines($0, indent: indent + "  ") }
        case .any(let children):
            return [indent + "any of:"] + children.flatMap { lines($0, indent: indent + "  ") }
        case .not(let child):
            return [indent + "not:"] + lines(child, indent: indent + "  ")
        case .field(let path, let tests):
            return tests.map { indent + "\(path): " + $0.expectation.replacingFirst("it ", "") }
        case .some(let path, let inner):
            return [indent + "some entry of \(path) where:"] + lines(inner, indent: indent + "  ")
        case .each(let path, let inner):
            return [indent + "every entry of \(path) where:"] + lines(inner, indent: indent + "  ")
        case .metric(let test):
            return [indent + metric(test)]
        case .document(let path, let maxAge):
            return [indent + "\(path) names an evidence document"
                    + (maxAge.map { " collected within \($0) days" } ?? " within its shelf life")]
        case .riskTierAtLeast(let tier):
            return [indent + "social-integration exposure tier is at least \(tier.rawValue)"]
        }
    }

    private static func metric(_ test: MetricTest) -> String {
        var parts: [String] = []
        if let bound = test.lowerBoundAtLeast { parts.append("95% lower bound ≥ \(bound.percentText)") }
        if let rate = test.atLeast { parts.append("rate ≥ \(rate.percentText)") }
        if let samples = test.minSamples { parts.append("at least \(samples) samples") }
        if let days = test.maxAgeDays { parts.append("measured within \(days) days") }
        return "measured \(test.category): " + parts.joined(separator: ", ")
    }
}

extension String {
    func replacingFirst(_ prefix: String, _ replacement: String) -> String {
        hasPrefix(prefix) ? replacement + dropFirst(prefix.count) : self
    }
}
