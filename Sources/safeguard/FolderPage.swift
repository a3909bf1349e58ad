import AuditKit
import Foundation

/// One file of an `--output-dir` run: a deployment's report in one format, or a format's index
/// page, with the work that renders it.
struct FolderPage: Sendable {
    /// The file name inside the folder.
    let name: String
    let format: ReportFormat
    /// Whether this is a portfolio index page rather than one deployment's report.
    let isIndex: Bool
    /// The page's UTF-8 bytes.
    let render: @Sendable () -> Data

    /// Whether this page usually takes longer to render than `other`: the HTML report, then
    /// the Markdown report, then the rest (the cores take pages in order, so the slowest go
    /// first and the cores finish together).
    func isSlower(than other: FolderPage) -> Bool { rank < other.rank }

    private var rank: Int {
        isIndex ? 2 : format == .html ? 0 : format == .markdown ? 1 : 2
    }
}
