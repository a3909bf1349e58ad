import ArgumentParser
import AuditKit

// Library vocabularies accepted directly as option values; bad values exit 64 with the choices.

extension Day: ExpressibleByArgument {
    public init?(argument: String) { self.init(iso: argument) }
}

extension Severity: ExpressibleByArgument {}
extension ReportFormat: ExpressibleByArgument {}
