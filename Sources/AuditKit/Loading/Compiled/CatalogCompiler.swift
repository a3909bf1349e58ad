import Foundation

/// Writes the built-in checklists and metric vocabulary as Swift source, so a binary holds them
/// as values and an audit does not parse them (`Sources/CompiledCatalog`, made by
/// `scripts/regenerate`).
///
/// Each value is rebuilt by plain initialisers, locations included; a test compares every compiled
/// value with the one parsed from its YAML, and the generated files with this compiler's output.
public enum CatalogCompiler {
    /// A generated Swift file.
    public struct File: Sendable, Equatable {
        /// The file name, e.g. `CompiledUnicefAiChildren30.swift`.
        public let name: String
        /// Its source text.
        public let text: String
    }

    /// The generated files for every checklist of `catalog` (its own, and one per group of
    /// controls) and its metric vocabulary, and the file that lists them.
    /// - Throws: `Diagnostic` if a built-in is malformed or two names collide.
    public static func files(for catalog: BuiltinCatalog) throws -> [File] {
        var files: [File] = []
        var entries: [String] = []
        for path in catalog.checklistFolderPaths {
            guard let source = catalog.source(path), let checklist = try Loader.checklistIfAny(source) else { continue }
            let type = CompiledType(name: "Compiled" + typeName(checklist.id), path: path, source: source)
            files += try ChecklistSourceWriter(checklist: checklist, type: type).files
            entries.append(type.name + ".entry")
        }
        let vocabularyPath = BuiltinCatalog.vocabularyPath
        var vocabulary = "nil"
        if let source = catalog.source(vocabularyPath) {
            let type = CompiledType(name: "CompiledMetricCategories", path: vocabularyPath, source: source)
            files.append(VocabularySourceWriter(vocabulary: try Loader.vocabulary(source), type: type).file)
            vocabulary = type.name + ".entry"
        }
        files.append(File(name: "BuiltinCatalog+Compiled.swift", text: index(entries, vocabulary: vocabulary)))
        guard Set(files.map(\.name)).count == files.count else {
            throw Diagnostic(.duplicateID, "two built-in checklist ids differ only in punctuation or case, so "
                             + "they cannot be compiled to distinct type names", file: "Checklists/")
        }
        return files.sorted { $0.name < $1.name }
    }

    /// Writes `files(for:)` into `folder`, removing generated files no longer made.
    /// - Throws: `Diagnostic` for a malformed built-in; file system errors.
    public static func write(_ catalog: BuiltinCatalog, to folder: String) throws {
        let files = try files(for: catalog)
        let manager = FileManager.default
        try manager.createDirectory(atPath: folder, withIntermediateDirectories: true)
        let names = Set(files.map(\.name))
        for old in try manager.contentsOfDirectory(atPath: folder) where old.hasSuffix(".swift") && !names.contains(old) {
            try manager.removeItem(atPath: (folder as NSString).appendingPathComponent(old))
        }
        try AtomicFile.write(files.map { ((folder as NSString).appendingPathComponent($0.name), Data($0.text.utf8)) })
    }

    /// The header every generated file starts with.
    static func header(from path: String) -> String {
        "// Generated from \(path) by scripts/regenerate (compile-catalog). Do not edit:\n"
            + "// change the YAML and run scripts/regenerate again; CompiledCatalogTests fails until then.\n"
            + "import AuditKit\n\n"
    }

    /// `unicef-ai-children-3.0` → `UnicefAiChildren30`.
    static func typeName(_ id: String) -> String {
        id.split { !$0.isLetter && !$0.isNumber }.map { $0.prefix(1).uppercased() + $0.dropFirst() }.joined()
    }

    private static func index(_ checklists: [String], vocabulary: String) -> String {
        header(from: "Checklists/")
            + "extension BuiltinCatalog {\n"
            + "    /// The embedded catalog with its checklists and metric vocabulary as compiled values, so\n"
            + "    /// an audit does not parse them. A value stands in only while its file is unchanged.\n"
            + "    public static let compiled = BuiltinCatalog.embedded.compiling(\n"
            + "        checklists: [\(checklists.joined(separator: ", "))],\n"
            + "        vocabulary: \(vocabulary))\n"
            + "}\n"
    }
}
