/// The Swift file for one compiled checklist: an enum with the checklist's entry, a function
/// that builds it, and one function per control (small functions keep the compiler fast).
struct ChecklistSourceWriter {
    let checklist: Checklist
    let source: SourceFile
    /// The embedded path, e.g. `Checklists/x.yaml`.
    let path: String
    /// The generated enum's name.
    let type: String

    /// The file's text.
    /// - Throws: `Diagnostic` when two control ids give the same function name.
    var text: String {
        get throws {
            let names = try functionNames()
            let writer = ModelLiteralWriter(file: source.path)
            let controls = zip(checklist.controls, names).map { control, name in
                "    private static func \(name)() -> Control {\n"
                    + "        " + indented(writer.control(control), by: 8) + "\n    }\n"
            }
            return CatalogCompiler.header(from: path)
                + "/// Checklist `\(checklist.id)` \(checklist.version), compiled from `\(path)`.\n"
                + "enum \(type) {\n"
                + CompiledTypeParts.members(path: path, source: source, make: "checklist")
                + "    static func checklist() -> Checklist {\n"
                + "        Checklist(\n" + fields(writer, names) + "\n        )\n    }\n\n"
                + controls.joined(separator: "\n") + "}\n"
        }
    }

    private func fields(_ writer: ModelLiteralWriter, _ names: [String]) -> String {
        let L = SwiftLiteral.self
        let requirements = checklist.requirements.map { "                " + writer.requirement($0) + "," }
        return [
            "            id: \(L.string(checklist.id)), version: \(L.string(checklist.version)),",
            "            title: \(L.string(checklist.title)),",
            "            framework: \(L.optional(checklist.framework, writer.framework)),",
            "            requirements: [\n" + requirements.joined(separator: "\n") + "\n            ],",
            "            riskModel: " + L.optional(checklist.riskModel) { indented(writer.riskModel($0), by: 12) } + ",",
            "            controls: [" + names.map { $0 + "()" }.joined(separator: ", ") + "],",
            "            origin: Checklist.Origin(path: file, sha256: sha256)",
        ].joined(separator: "\n")
    }

    /// `control_<id>` for each control, with anything but letters and digits as `_`.
    private func functionNames() throws -> [String] {
        let names = checklist.controls.map { control in
            "control_" + String(control.id.map { $0.isLetter || $0.isNumber ? $0 : "_" })
        }
        guard Set(names).count == names.count else {
            throw Diagnostic(.duplicateID, "two control ids of checklist \(checklist.id) differ only in "
                             + "punctuation, so they cannot be compiled to distinct names", file: source.path)
        }
        return names
    }

    private func indented(_ text: String, by count: Int) -> String {
        text.replacingOccurrences(of: "\n", with: "\n" + String(repeating: " ", count: count))
    }
}
