import Yams

/// Counts the nodes of a composed document, aliases expanded, and stops at a limit.
///
/// Yams shares aliased nodes in memory, so composing an alias bomb is cheap; walking or decoding
/// it is exponential. Counting with an early exit rejects it after `limit` steps.
enum NodeBudget {
    static func check(_ root: Node, limit: Int, source: SourceFile) throws {
        var remaining = limit
        guard visit(root, remaining: &remaining) else {
            throw Diagnostic(.yamlTooComplex,
                             "expands to more than \(limit) YAML nodes (an alias bomb?); "
                             + "anchors and aliases may not multiply the document",
                             file: source.path)
        }
    }

    /// Returns false as soon as the budget runs out.
    private static func visit(_ node: Node, remaining: inout Int) -> Bool {
        remaining -= 1
        guard remaining >= 0 else { return false }
        switch node {
        case .scalar, .alias:
            return true
        case .sequence(let sequence):
            return sequence.allSatisfy { visit($0, remaining: &remaining) }
        case .mapping(let mapping):
            return mapping.allSatisfy {
                visit($0.key, remaining: &remaining) && visit($0.value, remaining: &remaining)
            }
        }
    }
}
