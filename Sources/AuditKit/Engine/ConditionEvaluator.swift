/// Evaluates checklist conditions against a deployment: pure, deterministic, no I/O.
struct ConditionEvaluator {
    let context: EvaluationContext

    /// Evaluates `condition` with field paths relative to `scope` (the manifest root, or a
    /// list element inside `some`/`each`).
    func evaluate(_ condition: Condition, in scope: ManifestNode, prefix: FieldPath = .root)
        -> Evaluation {
        switch condition.kind {
        case .all(let children):
            return combine(children, .all, scope, prefix)
        case .any(let children):
            return combine(children, .any, scope, prefix)
        case .not(let child):
            return evaluate(child, in: scope, prefix: prefix).negated()
        case .field(let path, let tests):
            return FieldEvaluator(scope: scope, prefix: prefix, asOf: context.asOf).evaluate(path, tests)
        case .some(let path, let inner):
            return quantify(.any, path, inner, scope, prefix)
        case .each(let path, let inner):
            return quantify(.all, path, inner, scope, prefix)
        case .metric(let test):
            return MetricEvaluator(evidence: context.evidence, asOf: context.asOf).evaluate(test)
        case .document(let path, let maxAge):
            return document(path, maxAge, scope, prefix)
        case .riskTierAtLeast(let tier):
            return riskTier(atLeast: tier)
        }
    }

    /// The children folded as they are evaluated: no list of their evaluations is built.
    private func combine(_ children: [Condition], _ connective: EvaluationFold.Connective,
                         _ scope: ManifestNode, _ prefix: FieldPath) -> Evaluation {
        var fold = EvaluationFold(connective, expecting: children.count)
        // Each child is read in place: iterating copied it, a retain and a release of the
        // checklist's shared objects, which both cores touch.
        children.withUnsafeBufferPointer { buffer in
            for index in buffer.indices {
                // A field with one test adds its outcome and reason to the fold itself, read
                // through its leaf in place (the condition, and so the leaf, outlives the call).
                if let leaf = buffer[index].fieldLeaf.map(Unmanaged.passUnretained),
                   leaf._withUnsafeGuaranteedRef({ $0.tests.count == 1 }) {
                    leaf._withUnsafeGuaranteedRef {
                        FieldEvaluator(scope: scope, prefix: prefix, asOf: context.asOf).add($0.path, $0.tests, to: &fold)
                    }
                } else {
                    fold.add(evaluate(buffer[index], in: scope, prefix: prefix))
                }
            }
        }
        return fold.result
    }

    /// `some` (`.any` of the list's entries) or `each` (`.all`).
    private func quantify(_ connective: EvaluationFold.Connective, _ path: FieldPath, _ inner: Condition,
                          _ scope: ManifestNode, _ prefix: FieldPath) -> Evaluation {
        let full = prefix.appending(path)
        let (node, matched) = scope.deepest(along: path)
        guard matched == path.components.count else {
            return Evaluation(.unknown, [Reason("\(full) is not declared", at: node.location)])
        }
        guard case .list(let items) = node.value else {
            return Evaluation(.error, [Reason("\(full) is not a list", at: node.location)])
        }
        return quantify(connective, items, at: node.location, full, inner)
    }

    /// `quantify` over the list's entries, each read in place (iterated, each entry's node was
    /// retained and released).
    private func quantify(_ connective: EvaluationFold.Connective, _ items: [ManifestNode],
                          at location: SourceLocation, _ full: FieldPath, _ inner: Condition) -> Evaluation {
        var fold = EvaluationFold(connective)
        items.withUnsafeBufferPointer { buffer in
            for index in buffer.indices {
                let element = ElementPathCache.shared.path(of: full, element: index)
                fold.add(evaluate(inner, in: buffer[index], prefix: element))
            }
        }
        if connective == .any {
            var result = fold.result
            if items.isEmpty { result.reasons = [Reason("\(full) is empty", at: location)] }
            if result.truth == .fails, !items.isEmpty {
                result.reasons = [Reason("no entry of \(full) satisfies the condition", at: location)]
            }
            return result
        }
        return fold.result
    }

    private func document(_ path: FieldPath, _ maxAge: Int?, _ scope: ManifestNode,
                          _ prefix: FieldPath) -> Evaluation {
        let full = prefix.dotted(appending: path)
        let (node, matched) = scope.deepest(along: path)
        guard matched == path.components.count, case .text(let id) = node.value else {
            return Evaluation(.unknown, [Reason("\(full) is not declared", at: node.location)])
        }
        guard let record = context.evidence.record(id) else {
            return Evaluation(.unknown, [Reason("\(full) names evidence '\(id)', which is not listed",
                                                at: node.location)])
        }
        let limit = maxAge ?? record.maxAgeDays
        guard let collected = record.collected, let age = record.age(on: context.asOf) else {
            return Evaluation(.unknown, [Reason("evidence '\(id)' has no collection date",
                                                at: record.location)], evidence: [id])
        }
        guard record.isFresh(on: context.asOf, limit: limit) else {
            return Evaluation(.unknown, [Reason("evidence '\(id)' was collected \(collected), "
                                                + "\(Day.ageText(age)) (limit \(limit))",
                                                at: record.location)], evidence: [id])
        }
        return Evaluation(.holds, [Reason("evidence '\(id)' (\(record.path)) collected \(collected)",
                                          at: node.location)], evidence: [id], fresh: true)
    }

    private func riskTier(atLeast tier: RiskTier) -> Evaluation {
        guard let exposure = context.tier else {
            return Evaluation(.unknown, [Reason("the checklist defines no risk model")])
        }
        let fact = "social-integration exposure is \(exposure.tier.rawValue) (score \(exposure.score))"
        return Evaluation(exposure.tier >= tier ? .holds : .fails,
                          [Reason(exposure.tier >= tier ? fact : fact + ", below \(tier.rawValue)")])
    }
}
