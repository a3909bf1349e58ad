/// The output formats `safeguard audit` can write.
public enum ReportFormat: String, CaseIterable, Sendable {
    /// A terminal summary (coloured on a TTY).
    case text
    /// The canonical JSON result.
    case json
    /// A Markdown due-diligence report.
    case markdown

    /// File extension for `--output-dir`.
    public var fileExtension: String {
        switch self {
        case .text: "txt"
        case .json: "json"
        case .markdown: "md"
        }
    }

    /// The renderer for this format.
    public func renderer(style: TextStyle = .plain) -> any ReportRenderer {
        switch self {
        case .text: TextRenderer(style: style)
        case .json: JSONRenderer()
        case .markdown: MarkdownRenderer()
        }
    }
}

/// Turns an audit result into the text of one format. Renderers are pure: the same result
/// always gives the same bytes.
public protocol ReportRenderer: Sendable {
    /// The rendered report.
    func render(_ result: AuditResult) -> String
}
