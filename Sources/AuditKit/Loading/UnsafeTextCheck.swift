import Yams

/// Rejects a YAML document with a key or a scalar that carries a character of
/// `UnsafeCharacters`: raw ones never pass libyaml, but escapes in double quotes (`"\e[2J"`,
/// `"\u202E"`) make them, and every report would pass them on.
enum UnsafeTextCheck {
    /// Walks `root` (aliases were expanded by the parser, within the node budget).
    /// - Throws: `Diagnostic` at the first key or value with such a character, naming its path.
    static func check(_ root: Node, in document: YAMLDocument) throws {
        var trail: [String] = []
        try visit(root, &trail, document)
    }

    private static func visit(_ node: Node, _ trail: inout [String], _ document: YAMLDocument) throws {
        switch node {
        case .scalar(let scalar):
            try check(scalar.string, at: node, trail, document)
        case .mapping(let mapping):
            for (key, value) in mapping {
                let name = key.scalar?.string ?? "?"
                trail.append(name)
                defer { trail.removeLast() }
                try check(name, at: key, trail, document)
                try visit(value, &trail, document)
            }
        case .sequence(let sequence):
            for (index, item) in sequence.enumerated() {
                trail.append("[\(index)]")
                defer { trail.removeLast() }
                try visit(item, &trail, document)
            }
        case .alias:
            return
        }
    }

    private static func check(_ text: String, at node: Node, _ trail: [String], _ document: YAMLDocument) throws {
        guard let unsafe = UnsafeCharacters.first(in: text) else { return }
        let place = trail.isEmpty ? "" : ScalarSyntax.dotted(trail) + ": "
        throw document.diagnostic(.invalidValue, "\(place)contains \(UnsafeCharacters.described(unsafe)); "
                                  + "remove it (reports would pass it on to "
                                  + "terminals and readers as it is)", at: node)
    }
}
