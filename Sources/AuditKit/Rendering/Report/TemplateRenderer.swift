import Foundation

/// Renders the due-diligence report, HTML or Markdown, through the report templates.
public struct TemplateRenderer: ReportRenderer {
    let templates: ReportTemplates
    let branding: ReportBranding
    let template: ReportTemplates.Name

    /// Creates a renderer for one report template (`.reportHTML` or `.reportMarkdown`).
    public init(templates: ReportTemplates, branding: ReportBranding, template: ReportTemplates.Name) {
        (self.templates, self.branding, self.template) = (templates, branding, template)
    }

    public func render(_ result: AuditResult) -> String {
        templates.render(context(result), with: template)
    }

    public func renderData(_ result: AuditResult) -> Data {
        templates.renderData(context(result), with: template)
    }

    private func context(_ result: AuditResult) -> ReportContext {
        ReportContext(result, page: PageView(branding: branding, baseStylesheet: templates.stylesheet, tool: result.tool))
    }
}
