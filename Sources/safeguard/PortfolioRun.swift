import AuditKit
import CompiledCatalog
import Foundation

/// `audit --format jsonl`: a portfolio run that streams one JSON line per manifest, auditing on
/// every core. An invalid manifest is reported on stderr and skipped; the run then exits 2.
/// With `-o`, lines go to a temporary file that replaces the target only when the run completes.
struct PortfolioRun {
    let command: AuditCommand

    func run() throws {
        let (checklists, profile) = (command.checklists, command.profile)
        let replan = { @Sendable in try AuditSetup(catalog: .compiled).plan(checklists: checklists, profile: profile) }
        let (plan, paths) = try Terminal.reportingInvalidInput { (try replan(), try manifestPaths()) }
        let batch = BatchAudit(plan: plan, audit: command.audit(for: plan), serial: command.serial, replan: replan)
        if command.parseOnly {
            let invalid = batch.parseOnly(paths)
            Terminal.note("read \(paths.count) manifests, \(invalid) invalid")
            if invalid > 0 { throw ExitCodes.invalidInput }
            return
        }
        let sink = try Terminal.reportingInvalidInput {
            try checkOutput(against: paths)
            return try LineSink(path: command.output)
        }
        var (invalid, failed) = (0, 0)
        do {
            try batch.run(paths, render: { result in
                (line: JSONLinesRenderer().lineBytes(result), passed: result.gate.passed)
            }) { _, outcome in
                switch outcome {
                case .success(let rendered):
                    if !rendered.passed { failed += 1 }
                    try sink.write(bytes: rendered.line)
                case .failure(let error):
                    invalid += 1
                    Terminal.note("\(error)")
                }
            }
        } catch {
            try? sink.finish(keep: false)  // a failed write leaves no temporary file behind
            try Terminal.reportingInvalidInput { throw error }  // a write's Diagnostic: reported, exit 2
        }
        try Terminal.reportingInvalidInput { try sink.finish(keep: invalid == 0) }
        if invalid > 0 { throw ExitCodes.invalidInput }
        if failed > 0 { throw ExitCodes.gateFailed }
    }

    /// Refuses an `-o` that is the list or one of its manifests. Only a file that exists
    /// already is compared, so a run to a new file stats nothing.
    private func checkOutput(against paths: PathList) throws {
        guard let output = command.output else { return }
        if let list = command.manifestsFrom {
            try OutputOverInput.check([output], against: [(list, "the list of manifests")])
        }
        try OutputOverInput.check(output, againstEach: paths, what: "a manifest")
    }

    private func manifestPaths() throws -> PathList {
        guard let list = command.manifestsFrom else { return PathList(command.manifests, listing: "") }
        let cap = 256 << 20
        let source = list == "-" ? try SourceFile.standardInput(cap: cap) : try SourceFile(reading: list, cap: cap)
        return PathList(command.manifests, listing: source.text)
    }
}
