import Foundation
import Testing
@testable import AuditKit

/// One fixed audit rendered in every format, compared byte for byte with golden files.
@Suite struct RendererGoldenTests {
    static func result() throws -> AuditResult {
        let manifest = try Loader.manifest(try SourceFile(
            reading: Fixtures.path("acme/deployment.yaml"),
            displayPath: "Fixtures/acme/deployment.yaml"))
        let evidence = try EvidenceLoader(vocabulary: nil).load(for: manifest)
        let checklist = try Fixtures.checklist()
        return Audit(checklist: checklist, asOf: Fixtures.asOf, tool: Fixtures.tool)
            .run(manifest, evidence: evidence,
                 inputs: [InputFile(role: .manifest, path: manifest.path, sha256: manifest.sha256)])
    }

    @Test(arguments: ReportFormat.allCases)
    func goldenFile(_ format: ReportFormat) throws {
        try Golden.check(format.renderer(try .standard()).render(try Self.result()),
                         against: "acme.\(format.fileExtension)")
    }

    /// What a file gets is the rendered text's bytes, for the renderers that hand bytes over
    /// themselves too.
    @Test(arguments: ReportFormat.allCases)
    func bytesForAFileAreTheRenderedText(_ format: ReportFormat) throws {
        let renderer = format.renderer(try .standard())
        for result in [try Self.result(), try Self.failingCopy(of: try Self.result())] {
            let data = renderer.renderData(result)
            #expect(data.count > 100)
            #expect(data == Data(renderer.render(result).utf8))
        }
    }

    @Test(arguments: [ReportTemplates.Name.indexHTML, .indexMarkdown])
    func portfolioIndexBytesAreItsText(_ template: ReportTemplates.Name) throws {
        let results = [try Self.result(), try Self.failingCopy(of: try Self.result())]
        let renderer = PortfolioRenderer(templates: try RenderOptions.standard().templates,
                                         branding: ReportBranding(), template: template)
        #expect(renderer.renderData(results) == Data(renderer.render(results).utf8))
        #expect(!renderer.renderData(results).isEmpty)
    }

    @Test(arguments: [ReportTemplates.Name.indexHTML, .indexMarkdown])
    func portfolioIndexGoldenFile(_ template: ReportTemplates.Name) throws {
        let passing = try Self.result()
        let options = try RenderOptions.standard()
        let renderer = PortfolioRenderer(templates: options.templates,
                                         branding: ReportBranding(organisation: "Acme Holdings"),
                                         template: template)
        try Golden.check(renderer.render([passing, try Self.failingCopy(of: passing)]), against: template.rawValue)
    }

    /// A second deployment: the acme result renamed, judged with `--min-score 95`, so it fails.
    static func failingCopy(of result: AuditResult) throws -> AuditResult {
        let manifest = try Loader.manifest(try SourceFile(
            reading: Fixtures.path("acme/deployment.yaml"), displayPath: "Fixtures/acme/deployment.yaml"))
        let evidence = try EvidenceLoader(vocabulary: nil).load(for: manifest)
        let failing = Audit(checklist: try Fixtures.checklist(), policy: GatePolicy(failOn: nil, minScore: 95),
                            asOf: Fixtures.asOf, tool: Fixtures.tool)
            .run(manifest, evidence: evidence, inputs: result.inputs)
        let json = JSONRenderer().render(failing)
            .replacingOccurrences(of: "\"acme-imagine\"", with: "\"acme-remix\"")
            .replacingOccurrences(of: "\"Acme Imagine\"", with: "\"Acme Remix\"")
        return try JSONRenderer.decoder.decode(AuditResult.self, from: Data(json.utf8))
    }

    @Test func ansiStyleColoursOnlyTheTextFormat() throws {
        let result = try Self.result()
        #expect(TextRenderer(style: .ansi).render(result).contains("\u{1B}["))
        #expect(!TextRenderer(style: .plain).render(result).contains("\u{1B}["))
        for format in [ReportFormat.markdown, .html] {
            #expect(!format.renderer(try .standard()).render(result).contains("\u{1B}["))
        }
    }

    @Test func jsonRoundTripsThroughTheCanonicalDecoder() throws {
        let json = JSONRenderer().render(try Self.result())
        let decoded = try JSONRenderer.decoder.decode(AuditResult.self, from: Data(json.utf8))
        #expect(JSONRenderer().render(decoded) == json)
        #expect(decoded.format == "safeguard-result/v1")
    }

    @Test(arguments: [
        ("a|b", "a\\|b"), ("line\nbreak", "line break"), ("`code`", "\\`code\\`"),
        ("<script>", "&lt;script&gt;"), ("**bold**", "\\*\\*bold\\*\\*"),
    ])
    func markdownTableCellsAreEscaped(_ input: String, _ expected: String) {
        let table = MarkdownTable(header: ["h"], rows: [[input]]).text
        #expect(table == "| h |\n| --- |\n| \(expected) |")
    }
}
