import ArgumentParser
import AuditKit

/// `safeguard list`: the built-in checklists and their controls.
struct ListCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "list", abstract: "List the built-in checklists and their controls.")

    func run() throws {
        let checklists = try Terminal.reportingInvalidInput { try BuiltinCatalog.embedded.checklists() }
        var lines: [String] = []
        for checklist in checklists {
            let marker = checklist.id == BuiltinCatalog.defaultChecklistID ? " (default)" : ""
            lines.append("\(checklist.id) \(checklist.version)\(marker) — \(checklist.title) "
                         + "(\(checklist.controls.count) controls)")
            for control in checklist.controls {
                let id = control.id.padding(toLength: 12, withPad: " ", startingAt: 0)
                let severity = control.severity.rawValue.padding(toLength: 9, withPad: " ", startingAt: 0)
                let area = control.area.rawValue.padding(toLength: 19, withPad: " ", startingAt: 0)
                lines.append("  \(id)\(severity)\(area)\(control.title)")
            }
            lines.append("")
        }
        Terminal.write(lines.joined(separator: "\n"))
    }
}
