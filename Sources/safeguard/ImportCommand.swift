import ArgumentParser
import AuditKit
import CompiledCatalog

/// `safeguard import`: turn promptfoo or garak results into a `safeguard: metrics/v1` file.
struct ImportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "import",
        abstract: "Convert promptfoo or garak results into a Safeguard metrics file (counts only).",
        discussion: """
            Maps promptfoo red-team plugin ids and garak probes to metric categories through \
            Checklists/importers/tool-mappings.yaml. Never copies prompts, outputs or grader \
            reasons. Exit codes: 0 written · 2 invalid input · 64 usage.
            """)

    @Option(help: "The tool that wrote FILE: promptfoo (eval -o results.json) or garak (report.jsonl).")
    var from: ResultsTool

    @Argument(help: "The results file.")
    var file: String

    @Option(name: [.short, .customLong("output")], help: "Write the metrics file here (default: stdout).")
    var output: String?

    @Option(help: "Collection date to record instead of the run's own (YYYY-MM-DD).")
    var collected: Day?

    @Option(help: "A tool-mapping file (safeguard: tool-mappings/v1) to use instead of the built-in one.")
    var mappings: String?

    func run() throws {
        let document = try Terminal.reportingInvalidInput {
            let source = try SourceFile(reading: file, cap: ResultsTool.maximumFileSize)
            return try from.document(from: source, collected: collected, mappings: try table())
        }
        guard let output else { return try Terminal.write(document.yaml) }
        try Terminal.reportingInvalidInput {
            let inputs = [(file, "the results file")] + (mappings.map { [($0, "the tool-mapping file")] } ?? [])
            try OutputOverInput.check([output], against: inputs)
            try ReportWriter.writeAtomically(document.yaml, to: output)
        }
        let total = document.counts.reduce(0) { $0 + $1.n }
        Terminal.note("wrote \(output): \(document.counts.count) categories, \(total) judged results")
    }

    private func table() throws -> ToolMappings {
        let vocabulary = try BuiltinCatalog.compiled.vocabulary()
        if let mappings { return try Loader.toolMappings(SourceFile(reading: mappings), vocabulary: vocabulary) }
        guard let builtin = try BuiltinCatalog.compiled.toolMappings() else {
            throw Diagnostic(.fileUnreadable, "no tool-mapping table is built in; pass --mappings",
                             file: "builtin:Checklists/importers/tool-mappings.yaml")
        }
        return builtin
    }
}

extension ResultsTool: ExpressibleByArgument {}
