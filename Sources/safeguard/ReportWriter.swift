import AuditKit
import Foundation

/// Writes rendered reports where `audit` was told to: stdout, one file, or a folder.
struct ReportWriter {
    let command: AuditCommand
    let options: RenderOptions
    /// Signs each JSON result written, into `<file>.sig`, when `--sign-key` was given.
    let signer: ResultSigner?

    /// The name of a portfolio's index page, which no deployment's report may take.
    static let indexName = "index"

    /// The fewest deployments whose pages are rendered on every core. Measured on the 2-core VM
    /// of `docs/performance-history.md`, every format to a folder, median wall time on one core against
    /// two: 1 deployment 22 against 31 ms, 5 50 against 55 ms, 10 70 against 70 ms, 20 128
    /// against 109 ms. A second core starting work costs the process ≈ 30 ms of CPU at first.
    static let parallelFrom = 10

    private var formats: [ReportFormat] { command.formats.isEmpty ? [.text] : command.formats }

    func write(_ results: [AuditResult]) throws {
        if let folder = command.outputDir { return try writeFolder(folder, results) }
        let format = formats[0]
        if let path = command.output {
            let renderer = format.renderer(options)
            let data = results.count == 1 ? renderer.renderData(results[0])
                : Data(results.map(renderer.render).joined(separator: "\n").utf8)
            let signature = try signature(of: data, format: format)
            var files = [(path: path, data: data)]
            if let signature { files.append((ResultSignature.path(for: path), Data(signature.utf8))) }
            try OutputOverInput.check(files.map(\.path), against: inputs(of: results))
            return try AtomicFile.write(files)
        }
        var styled = options
        styled.style = format == .text ? Terminal.stdoutStyle : .plain
        try Terminal.write(results.map(format.renderer(styled).render).joined(separator: "\n"))
    }

    /// One report per result and format, named `<deployment-id>.<ext>`, plus an index page for
    /// each format that has one. Everything is rendered before the first file is written: on
    /// every core from `parallelFrom` deployments on, on this thread for fewer.
    private func writeFolder(_ folder: String, _ results: [AuditResult]) throws {
        try checkNames(results, folder: folder)
        let pages = pages(for: results)
        let order = pages.indices.sorted { pages[$0].isSlower(than: pages[$1]) }
        let started = Parallel.map(order.count, serial: results.count < Self.parallelFrom) { slot in
            pages[order[slot]].render()
        }
        var rendered = [Data](repeating: Data(), count: pages.count)
        for (slot, page) in order.enumerated() { rendered[page] = started[slot] }
        var files: [(name: String, data: Data)] = []
        for (page, bytes) in zip(pages, rendered) {
            files.append((page.name, bytes))
            if !page.isIndex, let signature = try signature(of: bytes, format: page.format) {
                files.append((ResultSignature.path(for: page.name), Data(signature.utf8)))
            }
        }
        do {
            try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        } catch {
            throw Diagnostic(.fileUnreadable, "cannot create the output folder: "
                             + WriteProblem.words(for: error, path: folder), file: folder)
        }
        let paths = files.map { file in ((folder as NSString).appendingPathComponent(file.name), file.data) }
        try OutputOverInput.check(paths.map(\.0), against: inputs(of: results))
        try AtomicFile.write(paths)
    }

    /// Every file the run read: the results' inputs, the baselines and the signing key.
    private func inputs(of results: [AuditResult]) -> [OutputOverInput.Input] {
        OutputOverInput.inputs(of: results) + command.baselines.map { ($0, "a baseline") }
            + (command.signKey.map { [($0, "the signing key")] } ?? [])
    }

    private func signature(of bytes: Data, format: ReportFormat) throws -> String? {
        guard format == .json, let signer else { return nil }
        do {
            return try signer.signature(for: bytes)
        } catch {
            throw Diagnostic(.unsupportedFile, "signing failed: \(error)", file: command.signKey ?? "")
        }
    }

    private func checkNames(_ results: [AuditResult], folder: String) throws {
        let ids = results.map(\.deployment.id)
        if let duplicate = ids.first(where: { id in ids.filter { $0 == id }.count > 1 }) {
            throw Diagnostic(.duplicateID, "two manifests share deployment id '\(duplicate)'; "
                             + "--output-dir names reports by id", file: folder)
        }
        if ids.contains(Self.indexName) && formats.contains(where: { $0.indexTemplate != nil }) {
            throw Diagnostic(.duplicateID, "deployment id 'index' would overwrite the portfolio "
                             + "index page; rename the deployment", file: folder)
        }
    }

    /// Every page of a folder run in file order: for each format, each deployment's report,
    /// then the format's index page if it has one. With fewer than `parallelFrom` deployments
    /// a deployment's HTML and Markdown reports share their context (`SharedReportContext`);
    /// with more, the cores render every HTML report first, and sharing would keep every
    /// deployment's context in memory until its Markdown report.
    private func pages(for results: [AuditResult]) -> [FolderPage] {
        let options = options
        let templated = formats.filter(\.isTemplatedReport).count
        let sharing = templated > 1 && results.count < Self.parallelFrom
        let shared = results.map { _ in sharing ? SharedReportContext(uses: templated) : nil }
        return formats.flatMap { format in
            var pages = zip(results, shared).map { result, context in
                FolderPage(name: "\(result.deployment.id).\(format.fileExtension)", format: format,
                           isIndex: false) { format.renderer(options, sharing: context).renderData(result) }
            }
            if let index = format.indexTemplate {
                let page = PortfolioRenderer(templates: options.templates, branding: options.branding,
                                             template: index)
                pages.append(FolderPage(name: "\(Self.indexName).\(format.fileExtension)", format: format,
                                        isIndex: true) { page.renderData(results) })
            }
            return pages
        }
    }

    /// Writes through a temporary file and a rename, so a reader never sees half a report.
    static func writeAtomically(_ text: String, to path: String) throws {
        try AtomicFile.write(Data(text.utf8), to: path)
    }
}
