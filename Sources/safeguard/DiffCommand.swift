import ArgumentParser
import AuditKit

/// `safeguard diff`: compare two stored JSON results of the same deployment.
struct DiffCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "diff",
        abstract: "List the controls that regressed or improved between two JSON results.",
        discussion: "Exit codes: 0 nothing regressed · 1 a control regressed or the score dropped · "
            + "2 invalid input · 64 usage.")

    @Argument(help: "The earlier result (safeguard-result/v1 JSON).")
    var before: String

    @Argument(help: "The later result.")
    var after: String

    func run() throws {
        let report = try Terminal.reportingInvalidInput {
            let (old, new) = (try BaselineSet.load(before), try BaselineSet.load(after))
            guard old.deployment.id == new.deployment.id else {
                throw Diagnostic(.invalidValue, "results are for different deployments ('\(old.deployment.id)' "
                                 + "and '\(new.deployment.id)')", file: after)
            }
            return BaselineReport(baseline: old, current: new)
        }
        try Terminal.write(report.text)
        if report.hasRegressions { throw ExitCodes.gateFailed }
    }
}
