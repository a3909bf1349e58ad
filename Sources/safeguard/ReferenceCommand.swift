import ArgumentParser
import AuditKit
import CompiledCatalog

/// `safeguard reference`: the Markdown crosswalk of the built-in checklists.
struct ReferenceCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "reference",
        abstract: "Print the Markdown reference of the built-in checklists (control × framework).")

    func run() throws {
        let page = try Terminal.reportingInvalidInput {
            let catalog = BuiltinCatalog.compiled
            let all = try catalog.checklists()
            let checklists = all.filter { $0.id == BuiltinCatalog.defaultChecklistID }
                + all.filter { $0.id != BuiltinCatalog.defaultChecklistID }
            return ChecklistReference(checklists: checklists, references: try catalog.references())
        }
        try Terminal.write(page.markdown)
    }
}
