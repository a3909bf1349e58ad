@testable import AuditKit
import CompiledCatalog
import Foundation
import Testing

/// The built-in checklists and metric vocabulary compiled into Swift (`Sources/CompiledCatalog`)
/// are current, and are exactly what parsing their YAML gives.
@Suite struct CompiledCatalogTests {
    static let folder = CLI.root.appendingPathComponent("Sources/CompiledCatalog")
    static let howToFix = "the compiled catalog is out of date: run scripts/regenerate"

    /// Everything a value holds, locations included, as text.
    static func dumped(_ value: some Any) -> String {
        var text = ""
        dump(value, to: &text)
        return text
    }

    @Test func generatedFilesAreWhatTheCompilerWritesNow() throws {
        let files = try CatalogCompiler.files(for: .embedded)
        for file in files {
            let onDisk = try? String(contentsOf: Self.folder.appendingPathComponent(file.name), encoding: .utf8)
            #expect(onDisk == file.text, "\(file.name): \(Self.howToFix)")
        }
        let present = try FileManager.default.contentsOfDirectory(atPath: Self.folder.path)
        #expect(Set(present) == Set(files.map(\.name)), "\(Self.howToFix)")
        let names = Set(files.map(\.name))
        for name in ["BuiltinCatalog+Compiled.swift", "CompiledMetricCategories.swift",
                     "CompiledUnicefAiChildren30.swift", "CompiledUnicefAiChildren30+INF.swift",
                     "CompiledThornSafetyByDesign.swift"] {
            #expect(names.contains(name), "\(name)")
        }
        for file in files {
            let lines = file.text.split(separator: "\n", omittingEmptySubsequences: false).count - 1
            #expect(lines <= 400, "\(file.name) has \(lines) lines: controls are grouped so no file is long")
        }
    }

    @Test func everyBuiltinChecklistIsCompiledAndEqualsItsParse() throws {
        let catalog = BuiltinCatalog.compiled
        var compared = 0
        for path in catalog.checklistFolderPaths {
            let source = try #require(catalog.source(path))
            guard let parsed = try Loader.checklistIfAny(source) else { continue }
            let compiled = try #require(catalog.compiledChecklist(in: source, at: path), "\(path): \(Self.howToFix)")
            #expect(Self.dumped(compiled) == Self.dumped(parsed), "\(path)")
            compared += 1
        }
        #expect(compared == 2)
    }

    @Test func theVocabularyIsCompiledAndEqualsItsParse() throws {
        let catalog = BuiltinCatalog.compiled
        let source = try #require(catalog.source(BuiltinCatalog.vocabularyPath))
        let compiled = try #require(catalog.compiledVocabulary?.value(for: source), "\(Self.howToFix)")
        #expect(Self.dumped(compiled) == Self.dumped(try Loader.vocabulary(source)))
        #expect(compiled.categories.count > 5)
    }
}
