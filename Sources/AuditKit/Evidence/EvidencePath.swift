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
    /// With `cache`, each folder is resolved once per run.
    static func folder(of manifest: DeploymentManifest, cache: EvidenceCache? = nil) -> String {
        let path = manifest.source.diskPath ?? manifest.path
        let slash = path.lastIndex(of: "/")
        let parent = slash.map { $0 == path.startIndex ? "/" : String(path[..<$0]) } ?? "."
        let resolve = {
            Self.canonical(parent) ?? URL(fileURLWithPath: path).standardizedFileURL
                .deletingLastPathComponent().resolvingSymlinksInPath().path
        }
        return cache?.folder(parent, resolve: resolve) ?? resolve()
    }

    /// The folder `display` paths start from: the manifest's path as given, without its name.
    /// Made once per manifest and passed to each entry's `init`.
    static func shownFolder(of manifest: DeploymentManifest) -> String {
        PathText.parent(of: manifest.path)
    }

    /// Resolves and checks `entry`'s file; `cache` (when given) spares the readability check
    /// of a file the run has already read at the same stamp. `checkedFolders` holds the
    /// folders under `folder` already found to be real folders (not links) for this manifest:
    /// its entries mostly share one (`evidence/`), which is then looked at once.
    init(entry: EvidenceEntry, manifest: DeploymentManifest, folder: String, shownFolder given: String,
         cache: EvidenceCache? = nil, checkedFolders: inout Set<String>) throws {
        let fail = { (message: String) in
            manifest.source.diagnostic(.evidenceMissing, "evidence '\(entry.id)': \(message)",
                                       line: entry.pathLocation.line,
                                       column: entry.pathLocation.column)
        }
        guard !entry.path.isEmpty else { throw fail("path is empty; give a file relative to the manifest") }
        guard !entry.path.hasPrefix("/") && !entry.path.hasPrefix("~") else {
            throw fail("path '\(entry.path)' must be relative to the manifest's folder")
        }
        let joined = folder.hasSuffix("/") ? folder + entry.path : folder + "/" + entry.path
        let shortcut = Self.canonical(entry.path, under: folder, joined: joined, checked: &checkedFolders)
        let resolved = shortcut?.path ?? Self.canonical(joined)
            ?? URL(fileURLWithPath: joined).standardizedFileURL.resolvingSymlinksInPath().path
        let folderPath = folder.hasSuffix("/") ? folder : folder + "/"
        guard resolved.hasPrefix(folderPath) || resolved == folder else {
            throw fail("path '\(entry.path)' leaves the manifest's folder")
        }
        stamp = try Self.stamp(of: resolved, known: shortcut?.info, shownAs: entry.path,
                               wasRead: { cache?.wasRead(resolved, at: $0) ?? false }, fail: fail)
        absolute = resolved
        display = PathText.joining(given, entry.path)
    }

    /// `path` absolute, with `.`, `..` and symbolic links resolved, from one `realpath(3)`; nil
    /// when some part of it does not exist (the caller then resolves it as far as it can, to say
    /// whether it would leave the folder before saying it is missing).
    private static func canonical(_ path: String) -> String? {
        guard let resolved = realpath(path, nil) else { return nil }
        defer { free(resolved) }
        return String(cString: resolved)
    }

    /// `joined` (`folder`/`relative`) when it is already canonical: `folder` is (it comes from
    /// `folder(of:)`), and no component of `relative` is empty, `.`, `..` or a symbolic link,
    /// which one `lstat` per component tells. `realpath(3)` would `readlink` every component
    /// of the whole path, the folder's included (≈ 40 calls for a manifest with six evidence
    /// files). Nil when the shortcut does not apply or a component does not exist; the caller
    /// then asks `realpath`. With the path comes what `lstat` said of its last component — what
    /// `stat` would say, as it is not a link. A folder on the way that is in `checked` is not
    /// looked at again; one found to be no link is added.
    private static func canonical(_ relative: String, under folder: String, joined: String,
                                  checked: inout Set<String>) -> (path: String, info: stat)? {
        // `joined` is `folder`, one slash, `relative`: each component of `relative` ends at a
        // slash or at the end, and `lstat` reads the path up to it through a NUL put there.
        var bytes = Array(joined.utf8CString)
        let end = bytes.count - 1
        var start = folder.utf8.count + (folder.hasSuffix("/") ? 0 : 1)
        guard start <= end, joined.utf8.count == start + relative.utf8.count else { return nil }
        var info = stat()
        while start <= end {
            var stop = start
            while stop < end, bytes[stop] != CChar(UInt8(ascii: "/")) { stop += 1 }
            guard isPlainName(bytes[start..<stop]) else { return nil }
            let isFolder = stop < end
            let shown = isFolder ? String(decoding: bytes[..<stop].lazy.map { UInt8(bitPattern: $0) }, as: UTF8.self) : ""
            if !isFolder || !checked.contains(shown) {
                bytes[stop] = 0
                let found = bytes.withUnsafeBufferPointer { lstat($0.baseAddress.unsafelyUnwrapped, &info) } == 0
                bytes[stop] = isFolder ? CChar(UInt8(ascii: "/")) : 0
                guard found, info.st_mode & S_IFMT != S_IFLNK else { return nil }
                if isFolder { checked.insert(shown) }
            }
            start = stop + 1
        }
        return (joined, info)
    }

    /// Whether a component is a name: not empty, `.` or `..`.
    private static func isPlainName(_ component: ArraySlice<CChar>) -> Bool {
        let dot = CChar(UInt8(ascii: "."))
        switch component.count {
        case 0: return false
        case 1: return component.first != dot
        case 2: return !(component.first == dot && component.last == dot)
        default: return true
        }
    }

    /// The stamp of the file at `path`, from `known` or one `stat`; `fail` says why it cannot be
    /// evidence: missing, a directory, not a regular file (a named pipe or device would block
    /// the read and the hash forever), empty, or unreadable.
    private static func stamp(of path: String, known: stat?, shownAs shown: String,
                              wasRead: (FileStamp) -> Bool,
                              fail: (String) -> Diagnostic) throws -> FileStamp {
        var info = known ?? stat()
        guard known != nil || stat(path, &info) == 0 else {
            if errno == ELOOP { throw fail("'\(shown)' is a loop of symbolic links") }
            throw fail("file '\(shown)' does not exist (paths are relative to the manifest)")
        }
        switch info.st_mode & S_IFMT {
        case S_IFDIR: throw fail("'\(shown)' is a directory, not a file")
        case S_IFREG: break
        default: throw fail("'\(shown)' is not a regular file")
        }
        guard info.st_size > 0 else { throw fail("'\(shown)' is empty: evidence must hold what it shows") }
        let stamp = FileStamp(info)
        guard wasRead(stamp) || access(path, R_OK) == 0 else {
            throw fail("file '\(shown)' cannot be read (permission denied?)")
        }
        return stamp
    }
}
