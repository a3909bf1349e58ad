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
    /// together) is escaped too. The bytes between two escapes are copied at once.
    private static func appendHTMLEscaped(_ text: String, to output: inout [UInt8]) {
        var text = text
        text.withUTF8 { bytes in
            var start = 0
            for index in bytes.indices {
                guard let entity = entity(for: bytes[index]) else { continue }
                output.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[start..<index]))
                entity.withUTF8Buffer { output.append(contentsOf: $0) }
                start = index + 1
            }
            output.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[start...]))
        }
    }

    private static func entity(for byte: UInt8) -> StaticString? {
        switch byte {
        case UInt8(ascii: "<"): "&lt;"
        case UInt8(ascii: ">"): "&gt;"
        case UInt8(ascii: "&"): "&amp;"
        case UInt8(ascii: "\""): "&quot;"
        case UInt8(ascii: "'"): "&#39;"
        default: nil
        }
    }
}
