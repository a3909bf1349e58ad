import AuditKit
import Foundation

/// Writes rendered reports where `audit` was told to: stdout, one file, or a folder.
struct ReportWriter {
    let command: AuditCommand

    private var formats: [ReportFormat] { command.formats.isEmpty ? [.text] : command.formats }

    func write(_ results: [AuditResult]) throws {
        if let folder = command.outputDir { return try writeFolder(folder, results) }
        let format = formats[0]
        if let path = command.output {
            let text = results.map(format.renderer().render).joined(separator: "\n")
            return try Self.writeAtomically(text, to: path)
        }
        let style = format == .text ? Terminal.stdoutStyle : .plain
        Terminal.write(results.map(format.renderer(style: style).render).joined(separator: "\n"))
    }

    private func writeFolder(_ folder: String, _ results: [AuditResult]) throws {
        let ids = results.map(\.deployment.id)
        if let duplicate = ids.first(where: { id in ids.filter { $0 == id }.count > 1 }) {
            throw Diagnostic(.duplicateID, "two manifests share deployment id '\(duplicate)'; "
                             + "--output-dir names reports by id", file: folder)
        }
        do {
            try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        } catch {
            throw Diagnostic(.fileUnreadable, "cannot create the output folder", file: folder)
        }
        for result in results {
            for format in formats {
                let path = (folder as NSString)
                    .appendingPathComponent("\(result.deployment.id).\(format.fileExtension)")
                try Self.writeAtomically(format.renderer().render(result), to: path)
            }
        }
    }

    /// Writes through a temporary file and a rename, so a reader never sees half a report.
    static func writeAtomically(_ text: String, to path: String) throws {
        do {
            try Data(text.utf8).write(to: URL(fileURLWithPath: path), options: .atomic)
        } catch {
            throw Diagnostic(.fileUnreadable, "cannot write the report here", file: path)
        }
    }
}
