import Yams

/// Checks a composed manifest against `DeploymentSchema` and builds the typed `ManifestNode`
/// tree. The first problem found is thrown as a located `Diagnostic`.
struct SchemaValidator {
    let document: YAMLDocument

    /// Validates `node` as `type`; `path` names it in messages.
    func validate(_ node: Node, as type: FieldType, path: [String]) throws -> ManifestNode {
        var trail = path
        return try validate(node, as: type, trail: &trail)
    }

    /// `trail` is the key path to `node`, grown and shrunk in place as the walk goes down and
    /// back up, instead of a new array for every node.
    private func validate(_ node: Node, as type: FieldType,
                          trail: inout [String]) throws -> ManifestNode {
        let location = self.location(of: node)
        switch type {
        case .object(let fields):
            return ManifestNode(.object(try object(node, fields, &trail)), at: location)
        case .list(let element):
            guard case .sequence(let items) = node else { throw mismatch(node, type, trail) }
            var nodes: [ManifestNode] = []
            nodes.reserveCapacity(items.count)
            for (index, item) in items.enumerated() {
                trail.append("[\(index)]")
                defer { trail.removeLast() }
                nodes.append(try validate(item, as: element, trail: &trail))
            }
            return ManifestNode(.list(nodes), at: location)
        default:
            return ManifestNode(try scalar(node, type, trail), at: location)
        }
    }

    private func object(_ node: Node, _ fields: [FieldSpec],
                        _ trail: inout [String]) throws -> [(key: String, node: ManifestNode)] {
        guard case .mapping(let mapping) = node else {
            throw mismatch(node, .object(fields), trail)
        }
        var pairs: [(key: String, node: ManifestNode)] = []
        pairs.reserveCapacity(mapping.count)
        for (keyNode, valueNode) in mapping {
            let key = keyNode.string ?? ""
            guard let spec = fields.first(where: { $0.name == key }) else {
                throw unknownKey(keyNode, key, fields.map(\.name), trail)
            }
            trail.append(key)
            defer { trail.removeLast() }
            pairs.append((key, try validate(valueNode, as: spec.type, trail: &trail)))
        }
        if let missing = fields.first(where: { field in field.required && !pairs.contains { $0.key == field.name } }) {
            throw document.diagnostic(.missingKey, "missing required key '\(missing.name)' in "
                                      + place(trail), at: node)
        }
        return pairs
    }

    private func scalar(_ node: Node, _ type: FieldType, _ path: [String]) throws
        -> ManifestNode.Value {
        guard case .scalar(let scalar) = node, !node.isNull else { throw mismatch(node, type, path) }
        let text = scalar.string
        let quoted = scalar.style.isQuoted
        switch type {
        case .integer(let range):
            guard !quoted, let value = ScalarSyntax.integer(text) else { throw mismatch(node, type, path) }
            guard range.contains(value) else { throw outOfRange(node, text, type, path) }
            return .integer(value)
        case .number(let range):
            guard !quoted, let value = ScalarSyntax.number(text) else { throw mismatch(node, type, path) }
            guard range.contains(value) else { throw outOfRange(node, text, type, path) }
            return .number(value)
        case .boolean:
            guard !quoted, let value = ScalarSyntax.boolean(text) else { throw badBoolean(node, path) }
            return .boolean(value)
        case .date:
            guard let day = Day(iso: text) else { throw badDate(node, text, path) }
            return .date(day)
        case .choice(let values):
            guard values.contains(text) else { throw badChoice(node, text, values, path) }
            return .text(text)
        case .text, .evidenceReference:
            guard !ScalarSyntax.isBlank(text) else { throw blank(node, path) }
            return .text(text)
        case .market:
            if let problem = MarketCode.problem(text) {
                throw document.diagnostic(.invalidValue, "\(ScalarSyntax.dotted(path)): \(problem)", at: node)
            }
            return .text(text)
        default:
            return .text(text)
        }
    }

    func location(of node: Node) -> SourceLocation {
        SourceLocation(file: document.source.path, line: node.mark?.line ?? 1,
                       column: node.mark?.column ?? 1)
    }

    private func place(_ path: [String]) -> String {
        path.isEmpty ? "the manifest" : "'\(ScalarSyntax.dotted(path))'"
    }
}

extension SchemaValidator {
    fileprivate func mismatch(_ node: Node, _ type: FieldType, _ path: [String]) -> Diagnostic {
        let found = node.isNull ? "nothing" : DecodingErrorLocator.describe(node)
        return document.diagnostic(.wrongType, "\(ScalarSyntax.dotted(path)): expected "
                                   + "\(type.summary), found \(found)", at: node)
    }

    fileprivate func unknownKey(_ key: Node, _ name: String, _ allowed: [String],
                                _ path: [String]) -> Diagnostic {
        let message = "unknown key '\(name)' in \(place(path))" + Spelling.unknownKeyHint(name, allowed: allowed)
        return document.diagnostic(.unknownKey, message, at: key)
    }

    /// Text that says nothing: it would pass `exists` tests, and title reports with nothing.
    fileprivate func blank(_ node: Node, _ path: [String]) -> Diagnostic {
        document.diagnostic(.invalidValue, "\(ScalarSyntax.dotted(path)): \(ScalarSyntax.blankAdvice)", at: node)
    }

    /// A number of the right kind but outside the field's range: a negative count of hours,
    /// a confidence above 1.
    fileprivate func outOfRange(_ node: Node, _ text: String, _ type: FieldType,
                                _ path: [String]) -> Diagnostic {
        document.diagnostic(.invalidValue, "\(ScalarSyntax.dotted(path)): \(text) is out of range: "
                            + "expected \(type.summary)", at: node)
    }

    fileprivate func badBoolean(_ node: Node, _ path: [String]) -> Diagnostic {
        document.diagnostic(.wrongType, "\(ScalarSyntax.dotted(path)): expected true or false, "
                            + "found \(DecodingErrorLocator.describe(node)) (write true or false: "
                            + "yes/no/on/off mean different things to different YAML parsers)",
                            at: node)
    }

    fileprivate func badDate(_ node: Node, _ text: String, _ path: [String]) -> Diagnostic {
        document.diagnostic(.invalidDate, "\(ScalarSyntax.dotted(path)): '\(text)' is not a "
                            + "valid date (YYYY-MM-DD)", at: node)
    }

    fileprivate func badChoice(_ node: Node, _ text: String, _ values: [String],
                               _ path: [String]) -> Diagnostic {
        document.diagnostic(.invalidValue, "\(ScalarSyntax.dotted(path)): '\(text)' is not one of: "
                            + values.joined(separator: ", ") + Spelling.hint(for: text, among: values), at: node)
    }
}
