import ArgumentParser
import AuditKit
import CompiledCatalog
import Foundation

/// `safeguard audit`: audit one or more deployment manifests and gate on the result.
struct AuditCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "audit",
        abstract: "Audit deployment manifests against a checklist and gate on the result.",
        discussion: "Exit codes: 0 gate passed · 1 gate failed · 2 invalid input · 64 usage.")

    @Argument(help: "Deployment manifests (safeguard: deployment/v1).")
    var manifests: [String] = []

    @Option(help: "A file of manifest paths, one per line ('-' for stdin; lines starting with # are skipped).")
    var manifestsFrom: String?

    @Flag(help: "With --format jsonl: audit one manifest at a time instead of on every core.")
    var serial = false

    @Flag(help: ArgumentHelp("With --format jsonl: only read and validate the manifests (a benchmark floor).",
                             visibility: .hidden))
    var parseOnly = false

    @Option(name: .customLong("checklist"),
            help: "A built-in checklist id or a checklist file; repeat to combine several (default: unicef-ai-children-3.0).")
    var checklists: [String] = []

    @Option(help: "A built-in profile id or a profile file (safeguard: profile/v1).")
    var profile: String?

    @Option(name: .customLong("baseline"),
            help: "An earlier JSON result of the same deployment; regressions are listed. Repeat per deployment.")
    var baselines: [String] = []

    @Flag(help: "Fail the gate when a control regressed or the score dropped against --baseline.")
    var failOnRegression = false

    @Option(name: .customLong("format"), help: "Output format; repeat for several with --output-dir.")
    var formats: [ReportFormat] = []

    @Option(name: [.short, .customLong("output")], help: "Write the report to this file.")
    var output: String?

    @Option(help: "Write one report per manifest and format into this folder.")
    var outputDir: String?

    @Option(help: "Fail the gate on unmet controls at or above this severity (default critical).")
    var failOn: Severity?

    @Option(help: "Fail the gate when the overall score is below this (0–100).")
    var minScore: Double?

    @Option(help: "Judge staleness and waivers on this date (YYYY-MM-DD; default today, UTC).")
    var asOf: Day?

    @Flag(help: "List waivers but do not apply them.")
    var ignoreWaivers = false

    @Option(help: "Ed25519 private key (PEM); writes a detached signature <result>.sig beside each JSON result.")
    var signKey: String?

    @OptionGroup(title: "Report options")
    var report: ReportOptions

    func validate() throws {
        if let minScore, !(0...100).contains(minScore) {
            throw ValidationError("--min-score must be between 0 and 100")
        }
        if manifests.isEmpty && manifestsFrom == nil {
            throw ValidationError("give at least one manifest, or --manifests-from FILE")
        }
        if let repeated = formats.indices.first(where: { formats[..<$0].contains(formats[$0]) }) {
            throw ValidationError("--format \(formats[repeated].rawValue) is given twice")
        }
        try validateOutputs()
    }

    /// The rules that tie formats, outputs, baselines and signing together.
    private func validateOutputs() throws {
        if formats.contains(.jsonl) && (formats.count > 1 || outputDir != nil || !baselines.isEmpty || signKey != nil) {
            throw ValidationError("--format jsonl streams one line per manifest to stdout or -o; use it alone, "
                                  + "without --output-dir, --baseline or --sign-key")
        }
        if manifestsFrom != nil && !formats.contains(.jsonl) {
            throw ValidationError("--manifests-from is for portfolio runs with --format jsonl")
        }
        if profile != nil && !checklists.isEmpty {
            throw ValidationError("use either --profile or --checklist; a profile names its own checklists")
        }
        if signKey != nil && (!formats.contains(.json) || (output == nil && outputDir == nil)) {
            throw ValidationError("--sign-key signs JSON results written to a file: add --format json and -o or --output-dir")
        }
        if failOnRegression && baselines.isEmpty {
            throw ValidationError("--fail-on-regression needs --baseline")
        }
        if output != nil && outputDir != nil {
            throw ValidationError("use either -o/--output or --output-dir, not both")
        }
        let several = formats.count > 1 || (manifests.count > 1 && !formats.contains(.jsonl))
        if several && outputDir == nil && (output != nil || formats.count > 1) {
            throw ValidationError("several formats or manifests need --output-dir")
        }
        let oneDocumentEach: [ReportFormat] = [.json, .html, .sarif, .junit]
        if manifests.count > 1 && outputDir == nil && formats.contains(where: oneDocumentEach.contains) {
            throw ValidationError("JSON, HTML, SARIF or JUnit for several manifests needs --output-dir (one file each)")
        }
    }

    func run() throws {
        if formats == [.jsonl] { return try PortfolioRun(command: self).run() }
        let (plan, prepared, options, baselineSet, signer) = try Terminal.reportingInvalidInput {
            let plan = try AuditSetup(catalog: .compiled).plan(checklists: checklists, profile: profile)
            let cache = EvidenceCache()
            let prepared = try manifests.map { try plan.prepare(manifestAt: $0, cache: cache) }
            let baselineSet = try BaselineSet(reading: baselines)
            try baselineSet.checkMatches(prepared.map(\.manifest.identity.id), paths: baselines)
            let signer = try signKey.map(ResultSigner.init(keyAt:))
            return (plan, prepared, try report.renderOptions(for: formats), baselineSet, signer)
        }
        let audit = audit(for: plan)
        let results = prepared.map {
            audit.run($0.manifest, evidence: $0.evidence, inputs: $0.inputs,
                      baseline: baselineSet.results[$0.manifest.identity.id])
        }
        try Terminal.reportingInvalidInput { try ReportWriter(command: self, options: options, signer: signer).write(results) }
        if results.contains(where: { !$0.gate.passed }) { throw ExitCodes.gateFailed }
    }

    /// The engine for `plan` with the command line's policy and date.
    func audit(for plan: AuditPlan) -> Audit {
        let cliPolicy = GatePolicy(failOn: failOn, minScore: minScore, failOnRegression: failOnRegression ? true : nil)
        return Audit(checklist: plan.checklist, policy: plan.policy.overridden(by: cliPolicy),
                     asOf: asOf ?? Day(containing: Date()), tool: Safeguard.tool,
                     ignoreWaivers: ignoreWaivers, profileID: plan.profileID, skipped: plan.skipped)
    }
}
