import Yams

/// Maps a decoding error's coding path back to the YAML node it names, so type mismatches,
/// missing keys and unknown keys are reported at their `line:col`.
///
/// Yams' `DecodingError`s carry only the coding path (`controls → 3 → severity`); walking that
/// path through the composed node tree recovers the mark.
enum DecodingErrorLocator {
    static func diagnostic(for error: any Error, in document: YAMLDocument) -> Diagnostic {
        switch error {
        case let diagnostic as Diagnostic:
            return diagnostic
        case let unknown as UnknownKeyError:
            let node = keyNode(at: unknown.codingPath, in: document.root) ?? document.root
            return document.diagnostic(.unknownKey, unknownKeyMessage(unknown), at: node)
        case let decoding as DecodingError:
            return diagnostic(for: decoding, in: document)
        default:
            return Diagnostic(.invalidValue, "\(error)", file: document.source.path)
        }
    }

    private static func diagnostic(for error: DecodingError, in document: YAMLDocument) -> Diagnostic {
        switch error {
        case let .typeMismatch(type, context):
            let node = self.node(at: context.codingPath, in: document.root) ?? document.root
            return document.diagnostic(.wrongType, typeMessage(expected: type, found: node,
                                                               path: context.codingPath), at: node)
        case let .valueNotFound(type, context):
            let node = self.node(at: context.codingPath, in: document.root) ?? document.root
            return document.diagnostic(.wrongType, "\(pathText(context.codingPath)): expected "
                                       + "\(describe(type)), found nothing", at: node)
        case let .keyNotFound(key, context):
            let node = self.node(at: context.codingPath, in: document.root) ?? document.root
            let owner = context.codingPath.isEmpty ? "the file" : pathText(context.codingPath)
            return document.diagnostic(.missingKey, "missing required key '\(key.stringValue)' "
                                       + "in \(owner)", at: node)
        case let .dataCorrupted(context):
            let node = self.node(at: context.codingPath, in: document.root) ?? document.root
            let code: Diagnostic.Code = context.debugDescription.contains("date")
                ? .invalidDate : .invalidValue
            return document.diagnostic(code, "\(pathText(context.codingPath)): "
                                       + context.debugDescription, at: node)
        @unknown default:
            return Diagnostic(.invalidValue, "\(error)", file: document.source.path)
        }
    }

    /// The value node at `path`, or nil when the path leaves the tree.
    static func node(at path: [any CodingKey], in root: Node) -> Node? {
        var current = root
        for key in path {
            guard let next = child(of: current, for: key) else { return nil }
            current = next
        }
        return current
    }

    /// The key node of the last path component (where an unknown key is written).
    private static func keyNode(at path: [any CodingKey], in root: Node) -> Node? {
        guard let last = path.last, let parent = node(at: path.dropLast(), in: root),
              case .mapping(let mapping) = parent
        else { return nil }
        return mapping.first { $0.key.string == last.stringValue }?.key
    }

    private static func child(of node: Node, for key: any CodingKey) -> Node? {
        switch node {
        case .mapping(let mapping):
            return mapping.first { $0.key.string == key.stringValue }?.value
        case .sequence(let sequence):
            guard let index = key.intValue, sequence.indices.contains(index) else { return nil }
            return sequence[index]
        default:
            return nil
        }
    }

    static func pathText(_ path: [any CodingKey]) -> String {
        guard !path.isEmpty else { return "document" }
        return path.reduce(into: "") { text, key in
            if let index = key.intValue { text += "[\(index)]" } else {
                text += (text.isEmpty ? "" : ".") + key.stringValue
            }
        }
    }

    private static func unknownKeyMessage(_ error: UnknownKeyError) -> String {
        let owner = pathText(Array(error.codingPath.dropLast()))
        let place = owner == "document" ? "at the top level" : "in \(owner)"
        return "unknown key '\(error.key)' \(place)" + Spelling.unknownKeyHint(error.key, allowed: error.allowed)
    }

    private static func typeMessage(expected: Any.Type, found node: Node,
                                    path: [any CodingKey]) -> String {
        "\(pathText(path)): expected \(describe(expected)), found \(describe(node))"
    }

    static func describe(_ type: Any.Type) -> String {
        switch type {
        case is String.Type: "a string"
        case is Int.Type: "a whole number"
        case is Double.Type: "a number"
        case is Bool.Type: "true or false"
        case is Day.Type: "a date (YYYY-MM-DD)"
        case is Node.Sequence.Type: "a list"
        case is Node.Scalar.Type: "a single value"
        default:
            String(describing: type).hasPrefix("Array") ? "a list" : "a mapping"
        }
    }

    static func describe(_ node: Node) -> String {
        switch node {
        case .scalar(let scalar): "'\(scalar.string)'"
        case .mapping: "a mapping"
        case .sequence: "a list"
        case .alias: "an alias"
        }
    }
}
