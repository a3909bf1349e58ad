import ArgumentParser
import AuditKit
import CompiledCatalog

/// `safeguard explain`: a control's full text, references and conditions.
struct ExplainCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "explain", abstract: "Show a control's text, references and conditions.")

    @Argument(help: "A control id, e.g. MLR-01.")
    var controlID: String

    @Option(help: "A built-in checklist id or a checklist file (default: all built-ins).")
    var checklist: String?

    func run() throws {
        let setup = AuditSetup(catalog: .compiled)
        let (checklists, registry) = try Terminal.reportingInvalidInput {
            let checklists = try checklist.map { [try setup.loadChecklist($0).0] }
                ?? setup.catalog.checklists()
            return (checklists, try setup.catalog.references())
        }
        let found = checklists.lazy.compactMap { list in
            list.controls.first { $0.id == self.controlID }.map { (list, $0) }
        }.first
        guard let (list, control) = found else {
            let ids = checklists.flatMap { $0.controls.map(\.id) }
            let hint = Spelling.hint(for: controlID, among: ids)
            throw ValidationError("no control '\(controlID)' in the checklists searched\(hint)")
        }
        try Terminal.write(ControlExplanation(checklist: list, control: control,
                                          references: registry).text)
    }
}
