/// How a template escapes the values it prints: chosen with `{{% CONTENT_TYPE: NAME}}`;
/// every template and partial starts as `HTML`.
enum TemplateContentType: String, Sendable, CaseIterable {
    /// `<`, `>`, `&`, `"` and `'` become entities, byte by byte.
    case html = "HTML"
    /// Line breaks are flattened and every character with Markdown or HTML meaning escaped, so
    /// a value can neither break a table row nor inject markup.
    case markdown = "MARKDOWN"
    /// Written as it is.
    case text = "TEXT"

    /// Appends `text`, escaped, to `output`.
    func append(_ text: String, to output: inout [UInt8]) {
        switch self {
        case .html: Self.appendHTMLEscaped(text, to: &output)
        case .markdown: output.append(contentsOf: text.flattened.markdownEscaped.utf8)
        case .text: output.append(contentsOf: text.utf8)
        }
    }

    /// Works on UTF-8 bytes, so a quote or bracket followed by a combining mark (one character
    /// together) is escaped too.
    private static func appendHTMLEscaped(_ text: String, to output: inout [UInt8]) {
        let entities = htmlEntities
        output.append(contentsOf: text.substitutingASCII { entities[Int($0)] }.utf8)
    }

    /// The entity of each ASCII byte that HTML text and attribute values must not hold as it is.
    private static let htmlEntities: [StaticString?] = {
        var entities = [StaticString?](repeating: nil, count: 128)
        let pairs: [(Unicode.Scalar, StaticString)] = [("<", "&lt;"), (">", "&gt;"), ("&", "&amp;"),
                                                       ("\"", "&quot;"), ("'", "&#39;")]
        for (byte, entity) in pairs { entities[Int(byte.value)] = entity }
        return entities
    }()
}
