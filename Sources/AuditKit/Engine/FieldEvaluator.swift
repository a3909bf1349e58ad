/// Evaluates a `field` leaf: looks the path up and applies each test.
struct FieldEvaluator {
    let scope: ManifestNode
    let prefix: FieldPath
    /// The audit's date, for `within_days`.
    let asOf: Day

    func evaluate(_ path: FieldPath, _ tests: [FieldTest]) -> Evaluation {
        var fold = EvaluationFold(.all, expecting: tests.count)
        add(path, tests, to: &fold)
        return fold.result
    }

    /// Adds each test's outcome and reason to `fold`, as parts of their own. For one test that
    /// is what adding `evaluate(path, tests)` adds, without an array for the test's one reason
    /// (an allocation, and its free, for each of a manifest's ≈ 550 field tests).
    func add(_ path: FieldPath, _ tests: [FieldTest], to fold: inout EvaluationFold) {
        // The name's tail is passed on borrowed where it is the path's own dotted form: taken
        // with the head as a pair, each was retained and released once more for every field,
        // ≈ 1,900 reference-count operations a manifest. The head is a cached list element's
        // interned path; a prefix that has none (past the cached indexes) is joined in.
        if prefix.components.isEmpty {
            add(path, tests, head: nil, tail: path.description, to: &fold)
        } else if let head = prefix.internedDescription, prefix.joinsByDescription(path) {
            add(path, tests, head: head, tail: path.description, to: &fold)
        } else {
            add(path, tests, head: nil, tail: prefix.dotted(appending: path), to: &fold)
        }
    }

    /// `add(_:_:to:)` with the field's dotted name in the two parts `ReasonText.fact` keeps.
    private func add(_ path: FieldPath, _ tests: [FieldTest], head: FileName?, tail: String,
                     to fold: inout EvaluationFold) {
        scope.withDeepest(along: path) { node, matched in
            let declared = matched == path.components.count
            func reason(_ state: ReasonText.FactState, failed: FieldTest?) -> Reason {
                Reason(.fact(prefix: head, path: tail, state: state, failed: failed), at: node.location)
            }
            for test in tests {
                if case .exists(let wanted) = test {
                    // An undeclared claim is unproven, not contradicted; a list or mapping
                    // declared empty (`other_hotlines: []`) declares that there is none.
                    let empty = declared && node.value.isEmptyCollection
                    let truth: Truth = empty ? (wanted ? .fails : .holds)
                        : declared == wanted ? .holds : declared ? .fails : .unknown
                    let state: ReasonText.FactState = empty ? .value(node.value) : declared ? .declared : .notDeclared
                    fold.add(truth, reason(state, failed: truth == .fails ? test : nil))
                } else if !declared {
                    fold.add(.unknown, reason(.notDeclared, failed: nil))
                } else {
                    let holds = Self.check(node, test, asOf: asOf)
                    fold.add(holds ? .holds : .fails, reason(.value(node.value), failed: holds ? nil : test))
                }
            }
        }
    }

    /// Whether the value satisfies the test.
    static func check(_ node: ManifestNode, _ test: FieldTest, asOf: Day) -> Bool {
        switch test {
        case .equals(let literal): matches(node, literal)
        case .isIn(let literals): literals.contains { matches(node, $0) }
        case .contains(let literal):
            if case .list(let items) = node.value { items.contains { matches($0, literal) } } else { false }
        case .atLeast(let bound): node.numeric.map { $0 >= bound } ?? false
        case .atMost(let bound): node.numeric.map { $0 <= bound } ?? false
        case .withinDays(let days):
            if case .date(let day) = node.value { (0...days).contains(day.days(until: asOf)) } else { false }
        case .exists: true
        }
    }

    private static func matches(_ node: ManifestNode, _ literal: String) -> Bool {
        switch node.value {
        case .boolean(let value): ScalarSyntax.boolean(literal) == value
        case .integer, .number: ScalarSyntax.number(literal) == node.numeric
        case .date(let day): Day(iso: literal) == day
        case .text(let text): text == literal
        case .list, .object: false
        }
    }
}

extension FieldTest {
    /// What the test requires, phrased to follow a fact: "it must be true".
    var expectation: String {
        switch self {
        case .equals(let value): "it must be \(value)"
        case .isIn(let values): "it must be one of \(values.joined(separator: ", "))"
        case .contains(let value): "it must include \(value)"
        case .atLeast(let bound): "it must be at least \(bound.formatted(maxFractionDigits: 6))"
        case .atMost(let bound): "it must be at most \(bound.formatted(maxFractionDigits: 6))"
        case .withinDays(let days): "it must be within \(days) days before the as-of date"
        case .exists(let wanted): wanted ? "it must be declared and not empty" : "it must not be declared"
        }
    }
}
