extension Condition: Decodable {
    private static let forms = ["all", "any", "not", "field", "some", "each", "metric", "document",
                                "risk_tier_at_least"]

    public init(from decoder: any Decoder) throws {
        let keys = try decoder.container(keyedBy: AnyCodingKey.self)
        let present = keys.allKeys.map(\.stringValue)
        let forms = present.filter(Self.forms.contains)
        guard forms.count == 1, let form = forms.first else {
            throw DecodingError.dataCorrupted(.init(
                codingPath: decoder.codingPath,
                debugDescription: forms.isEmpty
                    ? "a condition needs one of: \(Self.forms.joined(separator: ", "))"
                    : "a condition has exactly one of \(forms.joined(separator: ", ")); "
                      + "combine several with 'all:'"))
        }
        self.init(try Self.decodeKind(form, decoder), at: decoder.sourceLocation)
    }

    private static func decodeKind(_ form: String, _ decoder: any Decoder) throws -> Kind {
        switch form {
        case "all", "any":
            let c = try decoder.strictContainer(keyedBy: ListKeys.self)
            let children = try c.decode([Condition].self, forKey: form == "all" ? .all : .any)
            return form == "all" ? .all(children) : .any(children)
        case "not":
            return .not(try decoder.strictContainer(keyedBy: NotKeys.self)
                .decode(Condition.self, forKey: .not))
        case "field":
            return try decodeField(decoder)
        case "some", "each":
            let c = try decoder.strictContainer(keyedBy: QuantifierKeys.self)
            let path = try c.decode(FieldPath.self, forKey: form == "some" ? .some : .each)
            let inner = try c.decode(Condition.self, forKey: .where)
            return form == "some" ? .some(path, inner) : .each(path, inner)
        case "metric":
            return .metric(try decodeMetric(decoder))
        case "document":
            let c = try decoder.strictContainer(keyedBy: DocumentKeys.self)
            return .document(try c.decode(FieldPath.self, forKey: .document),
                             maxAgeDays: try c.decodeIfPresent(Int.self, forKey: .maxAgeDays))
        default:
            let c = try decoder.strictContainer(keyedBy: TierKeys.self)
            return .riskTierAtLeast(try c.decode(RiskTier.self, forKey: .riskTierAtLeast))
        }
    }

    private static func decodeField(_ decoder: any Decoder) throws -> Kind {
        let c = try decoder.strictContainer(keyedBy: FieldKeys.self)
        var tests: [FieldTest] = []
        if let value = try c.decodeIfPresent(String.self, forKey: .equals) { tests.append(.equals(value)) }
        if let values = try c.decodeIfPresent([String].self, forKey: .in) { tests.append(.isIn(values)) }
        if let value = try c.decodeIfPresent(String.self, forKey: .contains) { tests.append(.contains(value)) }
        if let value = try c.decodeIfPresent(Double.self, forKey: .atLeast) { tests.append(.atLeast(value)) }
        if let value = try c.decodeIfPresent(Double.self, forKey: .atMost) { tests.append(.atMost(value)) }
        if let days = try c.decodeIfPresent(Int.self, forKey: .withinDays) { tests.append(.withinDays(days)) }
        if let value = try c.decodeIfPresent(Bool.self, forKey: .exists) { tests.append(.exists(value)) }
        guard !tests.isEmpty else {
            throw DecodingError.dataCorrupted(.init(
                codingPath: decoder.codingPath,
                debugDescription: "a field condition needs a test: equals, in, contains, "
                    + "at_least, at_most, within_days or exists"))
        }
        return .field(try c.decode(FieldPath.self, forKey: .field), tests)
    }

    private static func decodeMetric(_ decoder: any Decoder) throws -> MetricTest {
        let c = try decoder.strictContainer(keyedBy: MetricKeys.self)
        let test = MetricTest(
            category: try c.decode(String.self, forKey: .metric),
            atLeast: try c.decodeIfPresent(Double.self, forKey: .atLeast),
            lowerBoundAtLeast: try c.decodeIfPresent(Double.self, forKey: .lowerBoundAtLeast),
            minSamples: try c.decodeIfPresent(Int.self, forKey: .minSamples),
            maxAgeDays: try c.decodeIfPresent(Int.self, forKey: .maxAgeDays))
        guard test.atLeast != nil || test.lowerBoundAtLeast != nil else {
            throw DecodingError.dataCorrupted(.init(
                codingPath: decoder.codingPath,
                debugDescription: "a metric condition needs 'lower_bound_at_least' or 'at_least'"))
        }
        return test
    }

    private enum ListKeys: String, CodingKey, CaseIterable { case all, any }
    private enum NotKeys: String, CodingKey, CaseIterable { case not }
    private enum QuantifierKeys: String, CodingKey, CaseIterable { case some, each, `where` }
    private enum DocumentKeys: String, CodingKey, CaseIterable {
        case document, maxAgeDays = "max_age_days"
    }
    private enum TierKeys: String, CodingKey, CaseIterable {
        case riskTierAtLeast = "risk_tier_at_least"
    }
    private enum FieldKeys: String, CodingKey, CaseIterable {
        case field, equals, `in`, contains, atLeast = "at_least", atMost = "at_most", exists
        case withinDays = "within_days"
    }
    private enum MetricKeys: String, CodingKey, CaseIterable {
        case metric, atLeast = "at_least", lowerBoundAtLeast = "lower_bound_at_least"
        case minSamples = "min_samples", maxAgeDays = "max_age_days"
    }
}
