import Crypto
import Foundation
import Testing
@testable import AuditKit

/// The HTML report: one self-contained file whose only style is allowed by its own CSP hash,
/// with branding and template overrides that need no fork.
@Suite struct HTMLReportTests {
    static func html(_ branding: ReportBranding = .init(), templates: ReportTemplates? = nil) throws -> String {
        let options = RenderOptions(templates: try templates ?? .builtin(), branding: branding)
        return ReportFormat.html.renderer(options).render(try RendererGoldenTests.result())
    }

    /// The text between `<style>` and `</style>`.
    static func styleElement(of html: String) throws -> String {
        let start = try #require(html.range(of: "<style>")), end = try #require(html.range(of: "</style>"))
        return String(html[start.upperBound..<end.lowerBound])
    }

    @Test func cspAllowsExactlyTheInlineStylesheet() throws {
        let html = try Self.html(ReportBranding(stylesheet: "h1 { color: #222222; }"))
        let css = try Self.styleElement(of: html)
        let hash = Data(SHA256.hash(data: Data(css.utf8))).base64EncodedString()
        #expect(html.contains("content=\"default-src 'none'; style-src 'sha256-\(hash)'; img-src data:;"))
        #expect(css.hasSuffix("h1 { color: #222222; }"), "branding CSS comes last, so it wins")
    }

    @Test func brandingStylesheetCannotCloseTheStyleElement() throws {
        let html = try Self.html(ReportBranding(stylesheet: "p{}</style><script>x()</script>"))
        #expect(html.components(separatedBy: "</style>").count == 2)
        #expect(!html.contains("</script>"), "the script stays inert text inside the style element")
        #expect(try Self.styleElement(of: html).hasSuffix("p{}<\\/style><script>x()<\\/script>"))
    }

    @Test(arguments: [("p{}", "p{}"), ("a</b", "a<\\/b"), ("</</", "<\\/<\\/"), ("a< /b", "a< /b"),
                      ("a<b/c", "a<b/c"), ("<", "<"), ("/", "/"), ("", ""), ("é</", "é<\\/")])
    func stylesheetsAreContainedOnlyWhereTheyCouldClose(_ css: String, _ expected: String) {
        #expect(PageView.contained(css) == expected)
    }

    @Test func organisationAndLogoAppear() throws {
        let png = Data([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0x00, 0x01])
        let folder = try Fixtures.temporaryFolder("logo")
        let path = folder.appendingPathComponent("logo.png").path
        try png.write(to: URL(fileURLWithPath: path))
        let html = try Self.html(ReportBranding(organisation: "Acme <Trust>", logo: try ReportLogo(reading: path)))
        #expect(html.contains("prepared for Acme &lt;Trust&gt;"))
        #expect(html.contains("<img class=\"logo\" src=\"data:image/png;base64,\(png.base64EncodedString())\" "
                              + "alt=\"Acme &lt;Trust&gt; logo\">"))
    }

    @Test(arguments: [
        ("logo.txt", Data("just text".utf8), true), ("logo.svg", Data("<svg xmlns=''/>".utf8), false),
        ("logo.gif", Data("GIF89a...".utf8), false), ("logo.jpg", Data([0xFF, 0xD8, 0xFF, 0xE0]), false),
    ])
    func logoTypeIsRecognisedByContent(_ name: String, _ bytes: Data, _ rejected: Bool) throws {
        let path = try Fixtures.temporaryFolder("logo").appendingPathComponent(name).path
        try bytes.write(to: URL(fileURLWithPath: path))
        if rejected {
            #expect(throws: Diagnostic.self) { try ReportLogo(reading: path) }
        } else {
            #expect(try ReportLogo(reading: path).dataURI.hasPrefix("data:image/"))
        }
    }

    @Test func templateFolderReplacesOnlyWhatItHolds() throws {
        let folder = try Fixtures.temporaryFolder("templates")
        try "<p>{{title}} · {{verdict.label}}</p>\n".write(
            to: folder.appendingPathComponent("report.html.mustache"), atomically: true, encoding: .utf8)
        let templates = try ReportTemplates.overridden(by: folder.path)
        #expect(try Self.html(templates: templates) == "<p>Acme Imagine 2.4.0 (acme-imagine) · PASSED</p>\n")
        let markdown = ReportFormat.markdown.renderer(RenderOptions(templates: templates))
            .render(try RendererGoldenTests.result())
        #expect(markdown.hasPrefix("# Safeguard due-diligence report"), "built-in Markdown kept")
    }


    @Test func oneSectionPartialCanBeReplacedAlone() throws {
        let folder = try Fixtures.temporaryFolder("templates")
        try "<section id=\"own-findings\">{{count(findings)}} findings</section>\n".write(
            to: folder.appendingPathComponent("report-findings.html.mustache"), atomically: true, encoding: .utf8)
        let builtin = try Self.html()
        let html = try Self.html(templates: try ReportTemplates.overridden(by: folder.path))
        #expect(html.contains("<section id=\"own-findings\">"))
        #expect(!html.contains("id=\"findings-heading\""), "the built-in findings section is gone")
        let before = try #require(builtin.range(of: "<section class=\"major\" aria-labelledby=\"findings-heading\">"))
        #expect(html.hasPrefix(builtin[..<before.lowerBound]), "everything before the section is unchanged")
        #expect(html.contains("id=\"matrix-heading\""), "the other sections are the built-ins")
    }
    @Test func brokenTemplateIsALocatedError() throws {
        let folder = try Fixtures.temporaryFolder("templates")
        try "<h1>\n{{#findings}}\n{{/controls}}\n".write(
            to: folder.appendingPathComponent("report.html.mustache"), atomically: true, encoding: .utf8)
        let error = try #require(throws: Diagnostic.self) { try ReportTemplates.overridden(by: folder.path) }
        #expect(error.code == .templateSyntax)
        #expect(error.position?.line == 3)
        #expect(error.file.hasSuffix("report.html.mustache"))
    }

    @Test func emptyTemplateFolderIsAnError() throws {
        let folder = try Fixtures.temporaryFolder("templates")
        #expect(throws: Diagnostic.self) { try ReportTemplates.overridden(by: folder.path) }
    }

    @Test func everyBuiltinTemplateParses() throws {
        let templates = try ReportTemplates.builtin()
        for name in ReportTemplates.Name.allCases {
            #expect(templates.has(name), "\(name.rawValue)")
        }
        #expect(templates.stylesheet.contains("@page"))
    }
}
