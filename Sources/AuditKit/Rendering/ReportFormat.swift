import Foundation

/// The output formats `safeguard audit` can write.
public enum ReportFormat: String, CaseIterable, Sendable {
    /// A terminal summary (coloured on a TTY).
    case text
    /// The canonical JSON result.
    case json
    /// A Markdown due-diligence report.
    case markdown
    /// A self-contained HTML due-diligence report.
    case html
    /// SARIF 2.1.0 for code-scanning dashboards: one result per unmet control.
    case sarif
    /// JUnit XML (Apache Ant schema): one test case per control.
    case junit
    /// GitHub Actions workflow annotations: one line per unmet control.
    case github
    /// The canonical result as one compact JSON line per deployment, for portfolio runs.
    case jsonl

    /// File extension for `--output-dir`.
    public var fileExtension: String {
        switch self {
        case .text: "txt"
        case .json: "json"
        case .markdown: "md"
        case .html: "html"
        case .sarif: "sarif"
        case .junit: "junit.xml"
        case .github: "github.txt"
        case .jsonl: "jsonl"
        }
    }

    /// The index template of a portfolio run in this format, if the format has one.
    public var indexTemplate: ReportTemplates.Name? {
        switch self {
        case .markdown: .indexMarkdown
        case .html: .indexHTML
        case .text, .json, .sarif, .junit, .github, .jsonl: nil
        }
    }

    /// Whether this format's report is a report template over the result's report context
    /// (`SharedReportContext`).
    public var isTemplatedReport: Bool { self == .html || self == .markdown }

    /// The renderer for this format; `shared` is the result's context for a templated report
    /// (see `TemplateRenderer.init`), ignored by the other formats.
    public func renderer(_ options: RenderOptions, sharing shared: SharedReportContext? = nil)
        -> any ReportRenderer {
        switch self {
        case .text: TextRenderer(style: options.style)
        case .json: JSONRenderer()
        case .markdown: TemplateRenderer(templates: options.templates, branding: options.branding,
                                         template: .reportMarkdown, sharing: shared)
        case .html: TemplateRenderer(templates: options.templates, branding: options.branding,
                                     template: .reportHTML, sharing: shared)
        case .sarif: SARIFRenderer()
        case .junit: JUnitRenderer()
        case .github: GitHubAnnotationsRenderer()
        case .jsonl: JSONLinesRenderer()
        }
    }
}

/// Turns an audit result into the text of one format. Renderers are pure: the same result
/// always gives the same bytes.
public protocol ReportRenderer: Sendable {
    /// The rendered report.
    func render(_ result: AuditResult) -> String

    /// The rendered report's UTF-8 bytes, for a file: the text of `render`, which renderers
    /// that write bytes hand over without first making a string of them (which checks every
    /// byte again: ≈ 5 % of an every-format run's instructions).
    func renderData(_ result: AuditResult) -> Data
}

extension ReportRenderer {
    /// The UTF-8 bytes of `render`.
    public func renderData(_ result: AuditResult) -> Data { Data(render(result).utf8) }
}
