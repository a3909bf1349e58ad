import Foundation

/// Renders the due-diligence report, HTML or Markdown, through the report templates.
public struct TemplateRenderer: ReportRenderer {
    let templates: ReportTemplates
    let branding: ReportBranding
    let template: ReportTemplates.Name
    /// The context this renderer shares with the other reports of its one result.
    let shared: SharedReportContext?

    /// Creates a renderer for one report template (`.reportHTML` or `.reportMarkdown`).
    /// - Parameter shared: a context shared with the result's other template reports, made
    ///   with the same templates and branding; such a renderer renders that one result only.
    public init(templates: ReportTemplates, branding: ReportBranding, template: ReportTemplates.Name,
                sharing shared: SharedReportContext? = nil) {
        (self.templates, self.branding, self.template, self.shared) = (templates, branding, template, shared)
    }

    public func render(_ result: AuditResult) -> String {
        templates.render(context(result), with: template)
    }

    public func renderData(_ result: AuditResult) -> Data {
        templates.renderData(context(result), with: template)
    }

    private func context(_ result: AuditResult) -> TemplateValue {
        let make = {
            ReportContext(result, page: PageView(branding: branding, baseStylesheet: templates.stylesheet,
                                                 tool: result.tool)).templateValue
        }
        return shared?.take(make) ?? make()
    }
}
