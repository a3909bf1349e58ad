import Foundation

/// Renders the index page of a portfolio run (`index.html` or `index.md`), one row per
/// deployment, linking to each deployment's report beside it.
public struct PortfolioRenderer: Sendable {
    let templates: ReportTemplates
    let branding: ReportBranding
    let template: ReportTemplates.Name

    /// Creates a renderer for one index template (`.indexHTML` or `.indexMarkdown`).
    public init(templates: ReportTemplates, branding: ReportBranding, template: ReportTemplates.Name) {
        (self.templates, self.branding, self.template) = (templates, branding, template)
    }

    /// The index page over `results`, in the order given.
    public func render(_ results: [AuditResult]) -> String {
        templates.render(context(results).templateValue, with: template)
    }

    /// The UTF-8 bytes of `render`, for a file.
    public func renderData(_ results: [AuditResult]) -> Data {
        templates.renderData(context(results).templateValue, with: template)
    }

    private func context(_ results: [AuditResult]) -> PortfolioContext {
        let tool = results.first?.tool ?? ToolInfo(name: "safeguard", version: "")
        return PortfolioContext(results, page: PageView(branding: branding, baseStylesheet: templates.stylesheet, tool: tool))
    }
}
