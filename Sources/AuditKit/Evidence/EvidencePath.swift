import Foundation

/// An evidence entry's path resolved against the manifest's folder, and confined to it.
struct EvidencePath {
    /// The path to open.
    let absolute: String
    /// The path to show: the manifest's folder as given, joined with the entry's path.
    let display: String

    init(entry: EvidenceEntry, manifest: DeploymentManifest) throws {
        let fail = { (message: String) in
            manifest.source.diagnostic(.evidenceMissing, "evidence '\(entry.id)': \(message)",
                                       line: entry.pathLocation.line,
                                       column: entry.pathLocation.column)
        }
        guard !entry.path.isEmpty else { throw fail("path is empty; give a file relative to the manifest") }
        guard !entry.path.hasPrefix("/") && !entry.path.hasPrefix("~") else {
            throw fail("path '\(entry.path)' must be relative to the manifest's folder")
        }
        let manifestURL = URL(fileURLWithPath: manifest.source.diskPath ?? manifest.path)
            .standardizedFileURL
        let folder = manifestURL.deletingLastPathComponent().resolvingSymlinksInPath()
        let resolved = folder.appendingPathComponent(entry.path).standardizedFileURL
            .resolvingSymlinksInPath()
        let folderPath = folder.path.hasSuffix("/") ? folder.path : folder.path + "/"
        guard resolved.path.hasPrefix(folderPath) || resolved.path == folder.path else {
            throw fail("path '\(entry.path)' leaves the manifest's folder")
        }
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: resolved.path, isDirectory: &isDirectory) else {
            throw fail("file '\(entry.path)' does not exist (paths are relative to the manifest)")
        }
        guard !isDirectory.boolValue else { throw fail("'\(entry.path)' is a directory, not a file") }
        // A named pipe or device would block the read (and the hash) forever.
        let type = (try? FileManager.default.attributesOfItem(atPath: resolved.path))?[.type] as? FileAttributeType
        guard type == .typeRegular else { throw fail("'\(entry.path)' is not a regular file") }
        guard FileManager.default.isReadableFile(atPath: resolved.path) else {
            throw fail("file '\(entry.path)' cannot be read (permission denied?)")
        }
        absolute = resolved.path
        let given = (manifest.path as NSString).deletingLastPathComponent
        display = given.isEmpty ? entry.path : (given as NSString).appendingPathComponent(entry.path)
    }
}
