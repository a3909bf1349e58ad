import Mustache

/// Escaping for HTML templates, registered as Mustache's `HTML` content type and declared at the
/// top of every template `ReportTemplates` parses: `<`, `>`, `&`, `"` and `'` become entities.
///
/// It replaces swift-mustache's own HTML escaper, which compares whole characters: a quote or
/// bracket followed by a combining mark is one character there, so it passed unescaped and could
/// end an attribute value. This escaper works on UTF-8 bytes.
struct HTMLContentType: MustacheContentType {
    /// Registers the content type with Mustache once, before any template is parsed.
    static let registration: Void = {
        MustacheContentTypes.register(HTMLContentType(), named: "HTML")
    }()

    func escapeText(_ text: String) -> String {
        text.htmlEscaped
    }
}

extension String {
    /// The text with `<`, `>`, `&`, `"` and `'` as HTML entities, as swift-mustache writes them.
    var htmlEscaped: String {
        substitutingASCII { byte in
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
}
