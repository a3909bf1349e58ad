import Foundation
import PackagePlugin

/// Turns the package's `Checklists/` and `Reports/` folders into Swift string constants at build
/// time, so the built binary carries them and the repository keeps a single copy.
@main
struct EmbedResources: BuildToolPlugin {
    /// Folders at the package root whose files are embedded.
    static let folders = ["Checklists", "Reports"]

    func createBuildCommands(context: PluginContext, target: Target) throws -> [Command] {
        let root = context.package.directoryURL
        let inputs = Self.folders.flatMap { files(in: root.appending(path: $0)) }
        let output = context.pluginWorkDirectoryURL.appending(path: "EmbeddedResources.swift")
        let arguments = [root.path(percentEncoded: false), output.path(percentEncoded: false)]
            + inputs.map { relativePath(of: $0, under: root) }
        return [
            .buildCommand(
                displayName: "Embedding \(inputs.count) resource files",
                executable: try context.tool(named: "embed-resources").url,
                arguments: arguments,
                inputFiles: inputs,
                outputFiles: [output]
            )
        ]
    }

    private func files(in folder: URL) -> [URL] {
        let manager = FileManager.default
        guard let enumerator = manager.enumerator(at: folder, includingPropertiesForKeys: nil)
        else { return [] }
        return enumerator.compactMap { $0 as? URL }
            .filter { !$0.hasDirectoryPath && !$0.lastPathComponent.hasPrefix(".") }
            .sorted { $0.path < $1.path }
    }

    private func relativePath(of file: URL, under root: URL) -> String {
        let base = root.standardizedFileURL.path(percentEncoded: false)
        let full = file.standardizedFileURL.path(percentEncoded: false)
        let prefix = base.hasSuffix("/") ? base : base + "/"
        return full.hasPrefix(prefix) ? String(full.dropFirst(prefix.count)) : full
    }
}
