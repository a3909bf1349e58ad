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
        for byte in text.utf8 {
            switch byte {
            case UInt8(ascii: "<"): output.append(contentsOf: "&lt;".utf8)
            case UInt8(ascii: ">"): output.append(contentsOf: "&gt;".utf8)
            case UInt8(ascii: "&"): output.append(contentsOf: "&amp;".utf8)
            case UInt8(ascii: "\""): output.append(contentsOf: "&quot;".utf8)
            case UInt8(ascii: "'"): output.append(contentsOf: "&#39;".utf8)
            default: output.append(byte)
            }
        }
    }
}
