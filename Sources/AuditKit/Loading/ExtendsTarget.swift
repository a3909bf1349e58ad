import Foundation

/// What one `extends` entry of a profile names: a checklist or another profile, from a file
/// relative to the profile or from the built-ins.
enum ExtendsTarget {
    case checklist(Checklist, SourceFile)
    case profile(Profile, SourceFile)

    /// Finds `entry`, trying a file next to `profileSource` first, then the built-ins by id.
    /// - Throws: `Diagnostic` at the entry when nothing matches, or the file's own errors.
    static func find(_ entry: Located<String>, from profileSource: SourceFile,
                     catalog: BuiltinCatalog) throws -> ExtendsTarget {
        let name = entry.value
        if !profileSource.path.hasPrefix("builtin:") {
            let folder = profileSource.diskPath.map(PathText.parent(of:)) ?? ""
            let path = PathText.joining(folder, name)
            if FileManager.default.fileExists(atPath: path) {
                return try load(SourceFile(reading: path, displayPath: displayPath(name, beside: profileSource)))
            }
        }
        if let found = try builtin(id: name, catalog: catalog) { return found }
        let known = try catalog.checklists().map(\.id) + catalog.profiles().map(\.id)
        let hint = Spelling.closest(to: name, among: known).map { "; did you mean '\($0)'?" }
            ?? " (built-in: \(known.joined(separator: ", ")))"
        guard let at = entry.location else {
            throw Diagnostic(.fileUnreadable, "no such file, and no built-in checklist or profile has "
                             + "this id\(hint)", file: name)
        }
        throw profileSource.diagnostic(.unknownReference, "extends '\(name)': no such file next to the "
                                       + "profile, and no built-in checklist or profile has this id\(hint)",
                                       line: at.line, column: at.column)
    }

    private static func load(_ source: SourceFile) throws -> ExtendsTarget {
        switch try Loader.format(of: source) {
        case .checklist: return .checklist(try Loader.checklist(source), source)
        case .profile: return .profile(try Loader.profile(source), source)
        default:
            throw Diagnostic(.unknownFormat, "a profile can extend only checklists (safeguard: "
                             + "checklist/v1) and profiles (safeguard: profile/v1)", file: source.path)
        }
    }

    private static func builtin(id: String, catalog: BuiltinCatalog) throws -> ExtendsTarget? {
        for path in catalog.checklistFolderPaths {
            guard let source = catalog.source(path) else { continue }
            if let checklist = catalog.compiledChecklist(in: source, at: path) {
                if checklist.id == id { return .checklist(checklist, source) }
                continue
            }
            switch try Loader.format(of: source) {
            case .checklist:
                let checklist = try Loader.checklist(source)
                if checklist.id == id { return .checklist(checklist, source) }
            case .profile:
                let profile = try Loader.profile(source)
                if profile.id == id { return .profile(profile, source) }
            default: continue
            }
        }
        return nil
    }

    /// The path shown for a file found next to a profile: relative like the profile's own.
    private static func displayPath(_ name: String, beside profile: SourceFile) -> String {
        guard profile.diskPath != nil else { return name }
        return PathText.joining(PathText.parent(of: profile.path), name)
    }
}
