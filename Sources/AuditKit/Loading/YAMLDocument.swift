import Foundation
import Yams

/// A parsed YAML file: its source and its node tree, with alias expansion bounded.
///
/// Parsing maps every Yams error to a located `Diagnostic`; the node budget counts aliases, so
/// a "billion laughs" file is rejected in milliseconds instead of exploding during decoding.
public struct YAMLDocument {
    /// Most nodes a document may expand to, aliases included.
    public static let nodeBudget = 100_000

    /// The file the document came from.
    public let source: SourceFile
    /// The document's root node.
    public let root: Node

    /// Parses `source` as a single YAML document. With `resolvingTags` false, plain scalars
    /// keep the implicit tag: enough for readers that judge scalars by their text and style
    /// (the manifest schema does), and it saves a copy of the whole tree.
    /// - Throws: `Diagnostic` for syntax errors, duplicate keys, several documents, an empty
    ///   file, a document that expands past the node budget, or a key or value with a control
    ///   character (`UnsafeTextCheck`).
    public init(_ source: SourceFile, resolvingTags: Bool = true) throws {
        self.source = source
        try NodeBudget.precheck(source, limit: Self.nodeBudget)
        let documents = try Self.compose(source)
        guard let first = documents.first else {
            throw Diagnostic(.fileEmpty, "is empty: expected a YAML mapping starting with "
                             + "'safeguard:'", file: source.path)
        }
        if documents.count > 1, let mark = documents[1].mark {
            throw source.diagnostic(.yamlMultipleDocuments, "holds more than one YAML document; "
                                    + "put each in a file of its own",
                                    line: mark.line, column: mark.column)
        }
        try NodeBudget.check(first, limit: Self.nodeBudget, source: source)
        self.root = resolvingTags ? FastTagging.resolve(first) : first
        try UnsafeTextCheck.check(root, in: self)
    }

    /// A diagnostic located at `node`'s mark in this document.
    public func diagnostic(_ code: Diagnostic.Code, _ message: String, at node: Node) -> Diagnostic {
        source.diagnostic(code, message, line: node.mark?.line ?? 1, column: node.mark?.column ?? 1)
    }

    private static func compose(_ source: SourceFile) throws -> [Node] {
        do {
            let parser = try Parser(yaml: source.text, resolver: .basic, constructor: .default,
                                    encoding: .utf8)
            var documents: [Node] = []
            while documents.count < 2, let node = try parser.nextRoot() {
                documents.append(node)
            }
            return documents
        } catch let error as YamlError {
            throw YAMLErrorTranslator.diagnostic(for: error, in: source)
        }
    }
}
