import Foundation

/// An evidence entry's path resolved against the manifest's folder, and confined to it.
struct EvidencePath {
    /// The path to open.
    let absolute: String
    /// The path to show: the manifest's folder as given, joined with the entry's path.
    let display: String
    /// The file's identity and version when it was checked.
    let stamp: FileStamp

    /// The folder evidence paths of `manifest` are relative to, symlinks resolved. Resolve it
    /// once per manifest and pass it to each entry's `init`.
    static func folder(of manifest: DeploymentManifest) -> URL {
        URL(fileURLWithPath: manifest.source.diskPath ?? manifest.path).standardizedFileURL
            .deletingLastPathComponent().resolvingSymlinksInPath()
    }

    init(entry: EvidenceEntry, manifest: DeploymentManifest, folder: URL) throws {
        let fail = { (message: String) in
            manifest.source.diagnostic(.evidenceMissing, "evidence '\(entry.id)': \(message)",
                                       line: entry.pathLocation.line,
                                       column: entry.pathLocation.column)
        }
        guard !entry.path.isEmpty else { throw fail("path is empty; give a file relative to the manifest") }
        guard !entry.path.hasPrefix("/") && !entry.path.hasPrefix("~") else {
            throw fail("path '\(entry.path)' must be relative to the manifest's folder")
        }
        let resolved = folder.appendingPathComponent(entry.path).standardizedFileURL
            .resolvingSymlinksInPath().path
        let folderPath = folder.path.hasSuffix("/") ? folder.path : folder.path + "/"
        guard resolved.hasPrefix(folderPath) || resolved == folder.path else {
            throw fail("path '\(entry.path)' leaves the manifest's folder")
        }
        switch Self.check(resolved, shownAs: entry.path) {
        case .failure(let problem): throw fail(problem.message)
        case .success(let stamp): self.stamp = stamp
        }
        absolute = resolved
        let given = (manifest.path as NSString).deletingLastPathComponent
        display = given.isEmpty ? entry.path : (given as NSString).appendingPathComponent(entry.path)
    }

    /// Why the file at `path` cannot be evidence, from one `stat`: missing, a directory, not a
    /// regular file (a named pipe or device would block the read and the hash forever), or
    /// unreadable; its stamp when it is a readable regular file.
    private static func check(_ path: String, shownAs shown: String) -> Result<FileStamp, Problem> {
        var info = stat()
        guard stat(path, &info) == 0 else {
            return .failure(Problem("file '\(shown)' does not exist (paths are relative to the manifest)"))
        }
        switch info.st_mode & S_IFMT {
        case S_IFDIR: return .failure(Problem("'\(shown)' is a directory, not a file"))
        case S_IFREG: break
        default: return .failure(Problem("'\(shown)' is not a regular file"))
        }
        guard access(path, R_OK) == 0 else {
            return .failure(Problem("file '\(shown)' cannot be read (permission denied?)"))
        }
        return .success(FileStamp(info))
    }

    /// Why a path cannot be evidence.
    private struct Problem: Error {
        let message: String
        init(_ message: String) { self.message = message }
    }
}
