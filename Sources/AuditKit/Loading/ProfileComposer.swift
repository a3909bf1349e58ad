/// Builds the effective checklist a profile describes: the controls of everything it extends
/// (checklists and, recursively, profiles), minus what it skips, with its overrides applied and
/// its local controls added. Every control records whether it is inherited, modified or local.
struct ProfileComposer {
    let catalog: BuiltinCatalog
    let validator: ChecklistValidator

    /// Most profiles one chain of `extends` may pass through: each is a level of recursion, and
    /// a chain of thousands of files once overflowed the stack.
    static let maximumDepth = 32

    /// Composes `profile` (read from `source`); `chain` holds the profiles that led here.
    /// - Throws: `Diagnostic` (or `Diagnostics`) at the entry at fault: an unknown or cyclic
    ///   `extends`, a chain deeper than `maximumDepth`, a control id taken twice, a skip or
    ///   override of an unknown control.
    func compose(_ profile: Profile, source: SourceFile, chain: [String] = []) throws -> ProfileComposition {
        var composition = ProfileComposition()
        let path = chain + [profile.id]
        for entry in profile.extends {
            do {
                switch try ExtendsTarget.find(entry, from: source, catalog: catalog) {
                case .checklist(let checklist, let file):
                    let problems = validator.problems(in: checklist, source: file)
                    guard problems.isEmpty else { throw Diagnostics(problems) }
                    try composition.add(checklist, file: file)
                case .profile(let base, let file):
                    if path.count >= Self.maximumDepth {
                        throw error("a chain of extends may hold at most \(Self.maximumDepth) profiles; "
                                    + "this one goes \(path[0]) → … → \(profile.id) → \(base.id)",
                                    at: entry.location, in: source)
                    }
                    if path.contains(base.id) {
                        throw error("cyclic extends: " + (path + [base.id]).joined(separator: " → "),
                                    at: entry.location, in: source)
                    }
                    try composition.merge(compose(base, source: file, chain: path))
                }
            } catch let conflict as CompositionConflict {
                throw error(conflict.message, at: entry.location, in: source)
            }
        }
        try ProfileEdits(profile: profile, source: source, validator: validator).apply(to: &composition)
        composition.policy = composition.policy.extended(by: profile.gate ?? GatePolicy(failOn: nil, minScore: nil))
        if source.diskPath != nil || source.path.hasPrefix("builtin:") { composition.addFile(source, role: .profile) }
        return composition
    }

    /// The composition as the checklist an audit runs.
    static func checklist(from composition: ProfileComposition, profile: Profile, source: SourceFile) -> Checklist {
        let bases = composition.checklists
        return Checklist(id: bases.map(\.id).joined(separator: " + "),
                         version: bases.map(\.version).joined(separator: " + "),
                         title: bases.map(\.title).joined(separator: " + "),
                         framework: composition.framework, requirements: composition.requirements,
                         riskModel: composition.riskModel, controls: composition.controls,
                         origin: .init(path: source.path, sha256: SHA256Digest.hex(of: source.bytes)))
    }

    private func error(_ message: String, at location: SourceLocation?, in source: SourceFile) -> Diagnostic {
        guard let location else { return Diagnostic(.invalidValue, message, file: source.path) }
        return source.diagnostic(.invalidValue, message, line: location.line, column: location.column)
    }
}
