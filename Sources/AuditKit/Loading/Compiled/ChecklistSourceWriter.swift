import SourceLiterals

/// The Swift files for one compiled checklist: an enum with the checklist's entry and a function
/// that builds it, and extensions with one function per control (small functions keep the
/// compiler fast), a file for each group of controls that share an id prefix (`INF-01` → `INF`).
struct ChecklistSourceWriter {
    let checklist: Checklist
    let type: CompiledType

    /// Controls per file at most, so no generated file grows long (≈ 15 lines a control).
    static let controlsPerFile = 20

    /// The files: the checklist's own first, then the control groups in checklist order.
    /// - Throws: `Diagnostic` when two control ids give the same function name.
    var files: [CatalogCompiler.File] {
        get throws {
            let names = try functionNames()
            let writer = ModelLiteralWriter(file: type.source.path)
            let main = type.file("/// Checklist `\(checklist.id)` \(checklist.version), compiled from `\(type.path)`.\n"
                + "enum \(type.name) {\n"
                + type.members(make: "checklist")
                + "    static func checklist() -> Checklist {\n"
                + "        Checklist(\n" + fields(writer, names) + "\n        )\n    }\n}\n")
            return [main] + groups(Array(zip(checklist.controls, names))).map { suffix, members in
                let functions = members.map { control, name in
                    "    static func \(name)() -> Control {\n"
                        + "        " + indented(writer.control(control), by: 8) + "\n    }\n"
                }
                return type.file(suffix: suffix, "extension \(type.name) {\n" + functions.joined(separator: "\n") + "}\n")
            }
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

    /// Consecutive controls with the same id prefix, at most `controlsPerFile` to a group, each
    /// with its file-name suffix: `+INF`, then `+INF-2`, `+INF-3` … for further parts (a prefix
    /// holds letters and digits only, so no suffix can be another's).
    private func groups(_ controls: [(Control, String)]) -> [(String, [(Control, String)])] {
        var runs: [(prefix: String, members: [(Control, String)])] = []
        for member in controls {
            let prefix = Self.prefix(of: member.0.id)
            if let last = runs.last, last.prefix == prefix, last.members.count < Self.controlsPerFile {
                runs[runs.count - 1].members.append(member)
            } else {
                runs.append((prefix, [member]))
            }
        }
        var seen: [String: Int] = [:]
        return runs.map { run in
            seen[run.prefix, default: 0] += 1
            let part = seen[run.prefix, default: 1]
            return ("+" + run.prefix + (part > 1 ? "-\(part)" : ""), run.members)
        }
    }

    /// The id up to its last `-`, letters and digits only: `INF-01` → `INF`.
    private static func prefix(of id: String) -> String {
        let head = id.lastIndex(of: "-").map { String(id[..<$0]) } ?? ""
        let clean = String(head.filter { $0.isLetter || $0.isNumber })
        return clean.isEmpty ? "Controls" : clean
    }

    /// `control_<id>` for each control, with anything but letters and digits as `_`.
    private func functionNames() throws -> [String] {
        let names = checklist.controls.map { control in
            "control_" + String(control.id.map { $0.isLetter || $0.isNumber ? $0 : "_" })
        }
        guard Set(names).count == names.count else {
            throw Diagnostic(.duplicateID, "two control ids of checklist \(checklist.id) differ only in "
                             + "punctuation, so they cannot be compiled to distinct names", file: type.source.path)
        }
        return names
    }

    private func indented(_ text: String, by count: Int) -> String {
        text.replacingOccurrences(of: "\n", with: "\n" + String(repeating: " ", count: count))
    }
}
