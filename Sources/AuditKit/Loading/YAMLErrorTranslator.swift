import Yams

/// Turns Yams parse errors into located diagnostics with our own wording.
enum YAMLErrorTranslator {
    static func diagnostic(for error: YamlError, in source: SourceFile) -> Diagnostic {
        switch error {
        case let .scanner(context, problem, mark, _), let .parser(context, problem, mark, _),
             let .composer(context, problem, mark, _):
            return source.diagnostic(.yamlSyntax, syntaxMessage(problem, context),
                                     line: mark.line, column: mark.column)
        case let .duplicatedKeysInMapping(duplicates, context):
            let keys = duplicates.map { "'\($0)'" }.joined(separator: ", ")
            let (line, column) = duplicateKeyPosition(duplicates, after: context.mark, in: source)
            return source.diagnostic(.yamlDuplicateKey,
                                     "duplicate key \(keys): each key may appear once per mapping",
                                     line: line, column: column)
        case let .reader(problem, _, _, _):
            return Diagnostic(.fileEncoding, "cannot be read as YAML: \(problem)", file: source.path)
        default:
            return Diagnostic(.yamlSyntax, "cannot be parsed as YAML: \(error)", file: source.path)
        }
    }

    private static func syntaxMessage(_ problem: String, _ context: YamlError.Context?) -> String {
        let detail = context.map { " (\($0.text))" } ?? ""
        return "YAML syntax: \(problem)\(detail)"
    }

    /// Yams points at the first occurrence of the mapping; find the repeated key's own line.
    private static func duplicateKeyPosition(_ keys: [String], after mark: Mark,
                                             in source: SourceFile) -> (Int, Int) {
        guard let key = keys.first else { return (mark.line, mark.column) }
        var seen = false
        var number = mark.line
        while let line = source.line(number) {
            if let range = line.range(of: key + ":"),
               line[line.startIndex..<range.lowerBound].allSatisfy({ $0 == " " || $0 == "-" }) {
                let column = line.unicodeScalars.distance(
                    from: line.unicodeScalars.startIndex, to: range.lowerBound) + 1
                if seen { return (number, column) }
                seen = true
            }
            number += 1
        }
        return (mark.line, mark.column)
    }
}
