import Foundation
import Testing
@testable import AuditKit

/// A result's HTML and Markdown reports share one report context, made once and forgotten after
/// its last use, and render the bytes they render unshared.
@Suite struct SharedReportContextTests {
    @Test func madeOnceForItsUsesThenForgotten() {
        let shared = SharedReportContext(uses: 2)
        var made = 0
        let make = { () -> TemplateValue in
            made += 1
            return .text("context \(made)")
        }
        #expect(shared.take(make) == .text("context 1"))
        #expect(shared.take(make) == .text("context 1"))
        #expect(made == 1, "the second report reads the first one's context")
        #expect(shared.take(make) == .text("context 2"), "after its last use the context is not kept")
    }

    @Test(arguments: [ReportFormat.html, .markdown])
    func sharedReportsAreTheUnsharedOnes(_ format: ReportFormat) throws {
        let options = try RenderOptions.standard()
        for result in [try RendererGoldenTests.result(),
                       try RendererGoldenTests.failingCopy(of: RendererGoldenTests.result())] {
            let shared = SharedReportContext(uses: 2)
            let other: ReportFormat = format == .html ? .markdown : .html
            let first = format.renderer(options, sharing: shared).renderData(result)
            let second = other.renderer(options, sharing: shared).renderData(result)
            #expect(first == format.renderer(options).renderData(result))
            #expect(second == other.renderer(options).renderData(result))
        }
    }

    @Test func onlyReportsOfTemplatesShareAContext() {
        #expect(ReportFormat.allCases.filter(\.isTemplatedReport) == [.markdown, .html])
    }
}
