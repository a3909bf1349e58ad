import Foundation

/// Resolves what an audit needs from the command line's words: the checklist (built-in id or
/// path), an optional profile, the registries, and each manifest with its evidence.
public struct AuditSetup: Sendable {
    /// Where built-ins come from.
    public let catalog: BuiltinCatalog

    /// Creates a setup over a catalog.
    public init(catalog: BuiltinCatalog = .embedded) { self.catalog = catalog }

    /// The effective checklist and gate policy, validated.
    /// - Parameters:
    ///   - references: built-in checklist ids or paths; none means the default checklist. Several
    ///     are combined as a profile that extends them all would combine them.
    ///   - profile: a built-in profile id or a profile path, if any (then `references` is empty).
    /// - Throws: `Diagnostics` listing every problem found.
    public func plan(checklists references: [String], profile reference: String?) throws -> AuditPlan {
        guard reference != nil || references.count > 1 else {
            return try plan(checklist: references.first ?? BuiltinCatalog.defaultChecklistID)
        }
        let vocabulary = try catalog.vocabulary()
        let (profile, source) = try reference.map(loadProfile)
            ?? (Profile(id: "command-line", title: "Checklists named on the command line", extends: references),
                SourceFile(path: "command line", text: ""))
        let validator = ChecklistValidator(references: try catalog.references(), vocabulary: vocabulary)
        let composition = try ProfileComposer(catalog: catalog, validator: validator).compose(profile, source: source)
        return AuditPlan(checklist: ProfileComposer.checklist(from: composition, profile: profile, source: source),
                         policy: GatePolicy.standard.extended(by: composition.policy),
                         profileID: reference == nil ? nil : profile.id, skipped: composition.skipped,
                         inputs: composition.files.map {
                             InputFile(role: $0.role, path: $0.file.path, sha256: SHA256Digest.hex(of: $0.file.bytes))
                         },
                         vocabulary: vocabulary)
    }

    /// The plan for one checklist and no profile: the common case.
    private func plan(checklist reference: String) throws -> AuditPlan {
        let vocabulary = try catalog.vocabulary()
        let (checklist, source) = try loadChecklist(reference)
        // A built-in checklist as it is was validated when this binary was tested
        // (`BuiltinCatalogTests`); only a checklist from a file is validated here.
        if !(catalog.validatedByTests && BuiltinCatalog.isBuiltin(source)) {
            let validator = ChecklistValidator(references: try catalog.references(), vocabulary: vocabulary)
            let problems = validator.problems(in: checklist, source: source)
            guard problems.isEmpty else { throw Diagnostics(problems) }
        }
        return AuditPlan(checklist: checklist, policy: .standard, profileID: nil, skipped: [],
                         inputs: [InputFile(role: .checklist, path: checklist.origin.path,
                                            sha256: checklist.origin.sha256)],
                         vocabulary: vocabulary)
    }

    /// Loads a profile from a file, or from the built-ins by id.
    /// - Throws: `Diagnostic` when neither exists or the file is malformed.
    public func loadProfile(_ reference: String) throws -> (Profile, SourceFile) {
        if FileManager.default.fileExists(atPath: reference) {
            let source = try SourceFile(reading: reference)
            return (try Loader.profile(source), source)
        }
        for path in catalog.checklistFolderPaths {
            guard let source = catalog.source(path), try Loader.format(of: source) == .profile else { continue }
            let profile = try Loader.profile(source)
            if profile.id == reference { return (profile, source) }
        }
        let known = try catalog.profiles().map(\.id)
        throw Diagnostic(.fileUnreadable, "no such file, and no built-in profile has this id"
                         + (known.isEmpty ? "" : " (built-in: \(known.joined(separator: ", ")))"),
                         file: reference)
    }

    /// Loads a checklist from a file, or from the built-ins by id.
    /// - Throws: `Diagnostic` when neither exists or the file is malformed.
    public func loadChecklist(_ reference: String, relativeTo base: String? = nil) throws
        -> (Checklist, SourceFile) {
        let candidates = [base.map { PathText.joining($0, reference) }, reference]
        if let path = candidates.compactMap({ $0 }).first(where: FileManager.default.fileExists) {
            let source = try SourceFile(reading: path)
            return (try Loader.checklist(source), source)
        }
        // A built-in's file is named after its id: try that file before parsing the others.
        let named = "Checklists/\(reference).yaml"
        let paths = catalog.checklistFolderPaths
        for path in paths.filter({ $0 == named }) + paths.filter({ $0 != named }) {
            guard let source = catalog.source(path), let checklist = try catalog.checklist(in: source, at: path)
            else { continue }
            if checklist.id == reference { return (checklist, source) }
        }
        let known = try catalog.checklists().map(\.id)
        throw Diagnostic(.fileUnreadable, "no such file, and no built-in checklist has this id"
                         + (known.isEmpty ? "" : " (built-in: \(known.joined(separator: ", ")))"),
                         file: reference)
    }
}

/// A validated checklist with its policy, ready to audit manifests.
public struct AuditPlan: Sendable {
    /// The effective checklist.
    public let checklist: Checklist
    /// The gate policy from the profile (CLI overrides come on top).
    public let policy: GatePolicy
    /// The profile id, if one was applied.
    public let profileID: String?
    /// Controls the profile left out, with its reasons.
    public let skipped: [SkippedControl]
    /// Checklist and profile files with their hashes.
    public let inputs: [InputFile]
    /// The metric vocabulary, for checking metrics files.
    public let vocabulary: MetricVocabulary?

    /// Loads a manifest and its evidence, and checks its waivers name known controls. With a
    /// `cache`, evidence files already read in this run are not read again while unchanged.
    /// - Throws: `Diagnostic`.
    public func prepare(manifestAt path: String, cache: EvidenceCache? = nil) throws -> PreparedManifest {
        let manifest = try Loader.manifest(try SourceFile(reading: path))
        // Most manifests have no waivers: the set of control ids (a hundred hashed strings,
        // ≈ 1.4 % of a portfolio manifest's instructions) is made only for those that do.
        if !manifest.waivers.isEmpty { try checkWaivers(of: manifest) }
        let evidence = try EvidenceLoader(vocabulary: vocabulary, cache: cache).load(for: manifest)
        let files = [InputFile(role: .manifest, path: manifest.path, sha256: manifest.sha256)] + inputs
            + evidence.records.map { InputFile(role: .evidence, path: $0.path, sha256: $0.sha256) }
        return PreparedManifest(manifest: manifest, evidence: evidence, inputs: files)
    }

    /// - Throws: `Diagnostic` for the first waiver that names a control the checklist lacks.
    private func checkWaivers(of manifest: DeploymentManifest) throws {
        let ids = Set(checklist.controls.map(\.id))
        for waiver in manifest.waivers where !ids.contains(waiver.control) {
            let node = manifest.root.list("waivers").first { $0.location == waiver.location }
            let at = node?["control"]?.location ?? waiver.location
            let hint = Spelling.hint(for: waiver.control, among: ids.sorted())
            throw manifest.source.diagnostic(.unknownReference, "waiver names control "
                                             + "'\(waiver.control)', which checklist \(checklist.id) "
                                             + "does not have\(hint)", line: at.line, column: at.column)
        }
    }
}

/// A manifest loaded with its evidence and the list of input files.
public struct PreparedManifest: Sendable {
    /// The manifest.
    public let manifest: DeploymentManifest
    /// Its evidence.
    public let evidence: EvidenceSet
    /// Every input file with its hash.
    public let inputs: [InputFile]
}
