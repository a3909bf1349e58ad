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
                             "expands to more than \(limit) YAML nodes; split it, or if it uses "
                             + "anchors and aliases, do not let them multiply the document",
                             file: source.path)
        }
    }

    /// Rejects, before parsing, text with so many separators that it must hold far more than
    /// `limit` nodes. Yams builds the whole tree before `check` can count it, and a file of a
    /// million one-character items takes over a second to build; every node after the first is
    /// preceded by a line break, `,`, `:`, `-`, `[` or `{`, so four times the budget in those
    /// bytes is a bound no file under the limit comes near. Each separator is a byte, so a file
    /// no longer than that bound (every manifest of a portfolio) needs no count.
    static func precheck(_ source: SourceFile, limit: Int) throws {
        var separators = 0
        let ceiling = limit * 4
        guard source.text.utf8.count > ceiling else { return }
        for byte in source.text.utf8 {
            switch byte {
            case 0x0A, 0x2C, 0x3A, 0x2D, 0x5B, 0x7B: separators += 1
            default: continue
            }
            if separators > ceiling {
                throw Diagnostic(.yamlTooComplex, "holds more than \(ceiling) YAML separators (line breaks, ',', "
                                 + "':', '-', '[', '{'), far more than the \(limit) nodes a file may have",
                                 file: source.path)
            }
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
