import ArgumentParser
import AuditKit

typealias ArgumentParserExitCode = ExitCode

extension Day: ExpressibleByArgument {
    public init?(argument: String) { self.init(iso: argument) }
}

extension Severity: ExpressibleByArgument {}
extension ReportFormat: ExpressibleByArgument {}
