import ArgumentParser
import AuditKit

/// Branding and template options for the HTML and Markdown reports.
struct ReportOptions: ParsableArguments {
    @Option(help: "Organisation name shown on HTML and Markdown reports.")
    var orgName: String?

    @Option(help: "Logo image (PNG, JPEG, GIF, WebP or SVG, ≤ 512 KiB) embedded in HTML reports.")
    var logo: String?

    @Option(help: "CSS file appended to the built-in stylesheet of HTML reports.")
    var stylesheet: String?

    @Option(help: ArgumentHelp("Folder of templates replacing the built-in ones of the same name.",
                               discussion: "report.html.mustache, report.md.mustache, index.html.mustache, "
                                   + "index.md.mustache, partials and report.css; see docs/reports.md."))
    var templateDir: String?

    /// The organisation's name goes into every HTML and Markdown report, and from there to
    /// terminals and readers: a control character would go with it.
    func validate() throws {
        if let orgName, let unsafe = UnsafeCharacters.firstDescribed(in: orgName) {
            throw ValidationError("--org-name contains \(unsafe); the reports would carry it")
        }
    }

    /// Loads the templates, logo and stylesheet; templates only when `formats` use them.
    /// - Throws: `Diagnostic` for an unreadable or invalid file.
    func renderOptions(for formats: [ReportFormat]) throws -> RenderOptions {
        let templated = formats.contains(.html) || formats.contains(.markdown)
        let templates = templated ? try templateDir.map(ReportTemplates.overridden(by:)) ?? .builtin() : .none
        let branding = ReportBranding(organisation: orgName,
                                      logo: try logo.map(ReportLogo.init(reading:)),
                                      stylesheet: try stylesheet.map(ReportBranding.stylesheet(at:)))
        return RenderOptions(templates: templates, branding: branding)
    }
}
