import ArgumentParser
import AuditKit
import Foundation

/// `safeguard init`: write a commented starter manifest.
struct InitCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "init", abstract: "Write a starter deployment manifest with comments.")

    @Option(name: [.short, .customLong("output")], help: "Where to write it (default: stdout).")
    var output: String?

    @Flag(help: "Overwrite an existing file.")
    var force = false

    func run() throws {
        guard let output else { return try Terminal.write(StarterManifest.text) }
        if FileManager.default.fileExists(atPath: output) && !force {
            throw ValidationError("\(output) exists; pass --force to overwrite it")
        }
        try Terminal.reportingInvalidInput {
            try ReportWriter.writeAtomically(StarterManifest.text, to: output)
        }
        Terminal.note("wrote \(output): fill it in, then run 'safeguard audit \(output)'")
    }
}
