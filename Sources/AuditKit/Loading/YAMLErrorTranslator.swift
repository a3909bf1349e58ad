import Yams

/// Turns Yams parse errors into located diagnostics with our own wording.
enum YAMLErrorTranslator {
    /// How deep libyaml (inside Yams) lets collections nest before it stops parsing.
    static let maximumNesting = 1000

    static func diagnostic(for error: YamlError, in source: SourceFile) -> Diagnostic {
        switch error {
        case let .scanner(context, problem, mark, _), let .parser(context, problem, mark, _),
             let .composer(context, problem, mark, _):
            if problem.hasPrefix("Maximum nesting level reached") {
                return source.diagnostic(.yamlSyntax, "YAML nested more than \(maximumNesting) "
                                         + "levels deep; flatten the document",
                                         line: mark.line, column: mark.column)
            }
            // At the end of the file, point at what was left open (a quote, a bracket).
            if let context, context.mark.line < mark.line,
               problem.contains("end of stream") || isAtEnd(mark, of: source) {
                return source.diagnostic(.yamlSyntax, "YAML syntax: \(problem) (\(context.text) "
                                         + "that starts here)",
                                         line: context.mark.line, column: context.mark.column)
            }
            return source.diagnostic(.yamlSyntax, syntaxMessage(problem, context),
                                     line: mark.line, column: mark.column)
        case let .duplicatedKeysInMapping(duplicates, context):
            let keys = duplicates.map { "'\($0)'" }.joined(separator: ", ")
            let (line, column) = duplicateKeyPosition(duplicates, after: context.mark, in: source)
            return source.diagnostic(.yamlDuplicateKey,
                                     "duplicate key \(keys): each key may appear once per mapping",
                                     line: line, column: column)
        case let .reader(problem, offset, value, yaml):
            let character = value > 0 ? Unicode.Scalar(UInt32(value)).map { " (\(UnsafeCharacters.name(of: $0)))" } : nil
            let message = "cannot be read as YAML: \(problem)\(character ?? "")"
            guard let (line, column) = offset.flatMap({ position(ofCharacter: $0, in: yaml) }) else {
                return Diagnostic(.fileEncoding, message, file: source.path)
            }
            return source.diagnostic(.fileEncoding, message, line: line, column: column)
        default:
            return Diagnostic(.yamlSyntax, "cannot be parsed as YAML: \(error)", file: source.path)
        }
    }

    /// The line and column (counted in Unicode scalars, as libyaml's marks are) of the
    /// `offset`th character of `yaml`; nil past its end.
    private static func position(ofCharacter offset: Int, in yaml: String) -> (Int, Int)? {
        guard let index = yaml.index(yaml.startIndex, offsetBy: offset, limitedBy: yaml.endIndex) else { return nil }
        // By bytes: in a CRLF file "\r\n" is one `Character`, so no `Character` is "\n".
        let before = yaml.utf8[..<index]
        let lineStart = before.lastIndex(of: 0x0A).map(before.index(after:)) ?? before.startIndex
        let line = before.reduce(1) { $1 == 0x0A ? $0 + 1 : $0 }
        return (line, Substring(before[lineStart...]).unicodeScalars.count + 1)
    }

    /// True when nothing but white space follows `mark`: the parser ran off the end of the file.
    private static func isAtEnd(_ mark: Mark, of source: SourceFile) -> Bool {
        var (line, column) = (1, 1)
        for scalar in source.text.unicodeScalars {
            if (line, column) >= (mark.line, mark.column), !scalar.properties.isWhitespace { return false }
            if scalar == "\n" { (line, column) = (line + 1, 1) } else { column += 1 }
        }
        return true
    }

    private static func syntaxMessage(_ problem: String, _ context: YamlError.Context?) -> String {
        let detail = context.map { " (\($0.text))" } ?? ""
        return "YAML syntax: \(problem)\(detail)"
    }

    /// Yams points at the key's first occurrence; find the next one, written as a block key
    /// (only spaces or `- ` before it) or a flow key (after `{` or `,`). One pass over the text.
    private static func duplicateKeyPosition(_ keys: [String], after mark: Mark,
                                             in source: SourceFile) -> (Int, Int) {
        guard let key = keys.first, !key.isEmpty else { return (mark.line, mark.column) }
        let target = Array((key + ":").unicodeScalars)
        var number = 0
        for raw in source.text.utf8.split(separator: 0x0A, omittingEmptySubsequences: false) {
            number += 1
            guard number >= mark.line else { continue }
            let line = Array(Substring(raw).unicodeScalars)
            var column = number == mark.line ? mark.column : 0  // skip the first occurrence
            while column + target.count <= line.count {
                if line[column..<(column + target.count)].elementsEqual(target),
                   isKeyStart(line[..<column]) {
                    return (number, column + 1)
                }
                column += 1
            }
        }
        return (mark.line, mark.column)
    }

    /// True when what precedes a key on its line lets it start a mapping entry.
    private static func isKeyStart(_ before: ArraySlice<Unicode.Scalar>) -> Bool {
        let text = before.filter { $0 != " " && $0 != "\t" }
        return text.allSatisfy { $0 == "-" } || text.last == "{" || text.last == ","
    }
}
