import Foundation
import Testing
@testable import safeguard

/// A folder of reports for many deployments is rendered on every core, for few on one thread
/// (`ReportWriter.parallelFrom`); both must name and fill each page the same way.
@Suite struct ReportSetTests {
    /// Enough deployments that the pages render in parallel.
    static let count = ReportWriter.parallelFrom + 2

    @Test func pagesRenderedOnEveryCoreMatchPagesRenderedAlone() throws {
        let folder = try CLI.temporaryFolder()
        let manifests = try (1...Self.count).map { number in
            let id = String(format: "deployment-%02d", number)
            let file = folder.appendingPathComponent("\(id).yaml")
            try "safeguard: deployment/v1\ndeployment: {id: \(id), name: Deployment \(number)}\n"
                .write(to: file, atomically: true, encoding: .utf8)
            return file.path
        }
        let formats = ["--format", "json", "--format", "markdown", "--format", "html", "--as-of", "2026-11-22"]
        let many = folder.appendingPathComponent("many"), few = folder.appendingPathComponent("few")
        let manyRun = try CLI.run(["audit"] + manifests + formats + ["--output-dir", many.path])
        #expect(2 < ReportWriter.parallelFrom, "two deployments render on one thread")
        let fewRun = try CLI.run(["audit", manifests[4], manifests[9]] + formats + ["--output-dir", few.path])
        #expect(manyRun.status == 1, "\(manyRun.stderr)")  // an empty manifest fails the gate
        #expect(fewRun.status == 1, "\(fewRun.stderr)")
        let written = try FileManager.default.contentsOfDirectory(atPath: many.path)
        #expect(written.count == Self.count * 3 + 2, "\(written.sorted())")  // + index.md, index.html
        for id in ["deployment-05", "deployment-10"] {
            for ext in ["json", "md", "html"] {
                let name = "\(id).\(ext)"
                let alone = try Data(contentsOf: few.appendingPathComponent(name))
                #expect(try Data(contentsOf: many.appendingPathComponent(name)) == alone, "\(name)")
            }
            let json = try String(contentsOf: many.appendingPathComponent("\(id).json"), encoding: .utf8)
            #expect(json.contains("\"id\" : \"\(id)\""))
        }
    }
}
