import AuditKit
import Foundation

// Writes the Swift files of `Sources/CompiledCatalog` from the checklists and metric vocabulary
// embedded from `Checklists/` (run by scripts/regenerate). Usage: compile-catalog [FOLDER]
let folder = CommandLine.arguments.dropFirst().first ?? "Sources/CompiledCatalog"
do {
    try CatalogCompiler.write(.embedded, to: folder)
    print("compiled the built-in catalog into \(folder)")
} catch {
    FileHandle.standardError.write(Data("compile-catalog: error: \(error)\n".utf8))
    exit(2)
}
