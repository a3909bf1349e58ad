import ArgumentParser
import AuditKit
import CompiledCatalog

/// `safeguard list`: the built-in checklists and their controls.
struct ListCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "list", abstract: "List the built-in checklists, their controls, and the built-in profiles.")

    func run() throws {
        let (checklists, profiles) = try Terminal.reportingInvalidInput {
            (try BuiltinCatalog.compiled.checklists(), try BuiltinCatalog.compiled.profiles())
        }
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
        lines.append("Profiles (--profile ID):")
        for profile in profiles {
            let extends = profile.extends.map(\.value).joined(separator: " + ")
            lines.append("  \(profile.id) — \(profile.title) (extends \(extends); skips \(profile.skip.count), "
                         + "overrides \(profile.override.count))")
        }
        lines.append("")
        try Terminal.write(lines.joined(separator: "\n"))
    }
}
