/// The checklists, registries and profiles compiled into the binary from `Checklists/`.
///
/// `Checklists/` is their single source: the EmbedResources build plugin turns each file into a
/// string constant, so a copied binary works from any directory.
public struct BuiltinCatalog: Sendable {
    /// The id of the checklist audits use when none is named.
    public static let defaultChecklistID = "unicef-ai-children-3.0"

    /// Embedded files by path relative to the package root, e.g. `Checklists/x.yaml`.
    public let files: [String: String]

    /// Whether its checklists passed `ChecklistValidator` in this repository's tests, so an
    /// audit need not validate them again: true only for `embedded`.
    public let validatedByTests: Bool

    /// Checklists compiled into Swift values (`CatalogCompiler`), by embedded path.
    private var compiledChecklists: [String: CompiledEntry<Checklist>] = [:]
    /// The metric vocabulary compiled into a Swift value, if it was.
    private(set) var compiledVocabulary: CompiledEntry<MetricVocabulary>?

    /// The embedded file of the metric vocabulary.
    static let vocabularyPath = "Checklists/metric-categories.yaml"

    /// The catalog compiled into this binary, parsed from its YAML when used. (`compiled`, in the
    /// `CompiledCatalog` module, is the same catalog with its values compiled in.)
    public static let embedded = BuiltinCatalog(files: EmbeddedResources.files, validatedByTests: true)

    /// A catalog over arbitrary files (for tests); its checklists are validated when used.
    public init(files: [String: String]) { self.init(files: files, validatedByTests: false) }

    private init(files: [String: String], validatedByTests: Bool) {
        (self.files, self.validatedByTests) = (files, validatedByTests)
    }

    /// This catalog with compiled values standing in for parsing their files. An entry is used
    /// only while its file's text hashes as it did when compiled; otherwise the file is parsed.
    public func compiling(checklists: [CompiledEntry<Checklist>],
                          vocabulary: CompiledEntry<MetricVocabulary>?) -> BuiltinCatalog {
        var catalog = self
        catalog.compiledChecklists = Dictionary(checklists.map { ($0.path, $0) }) { first, _ in first }
        catalog.compiledVocabulary = vocabulary
        return catalog
    }

    /// The checklist in the embedded file `source` (at `path`): its compiled value while the file
    /// is unchanged, else parsed; nil when the file is not a checklist.
    /// - Throws: `Diagnostic` if a parsed built-in is malformed.
    func checklist(in source: SourceFile, at path: String) throws -> Checklist? {
        try compiledChecklist(in: source, at: path) ?? Loader.checklistIfAny(source)
    }

    /// The compiled checklist of `path`, if there is one and `source` is the text it came from.
    func compiledChecklist(in source: SourceFile, at path: String) -> Checklist? {
        compiledChecklists[path]?.value(for: source)
    }

    /// Whether `source` is an embedded file (its path starts with `builtin:`).
    public static func isBuiltin(_ source: SourceFile) -> Bool {
        source.diskPath == nil && source.path.hasPrefix("builtin:")
    }

    /// The source of an embedded file, shown as `builtin:<path>` in diagnostics.
    public func source(_ path: String) -> SourceFile? {
        files[path].map { SourceFile(path: "builtin:" + path, text: $0) }
    }

    /// Paths of embedded YAML files under `Checklists/`, sorted.
    public var checklistFolderPaths: [String] {
        files.keys.filter { $0.hasPrefix("Checklists/") && $0.hasSuffix(".yaml") }.sorted()
    }

    /// Every embedded checklist, in path order.
    /// - Throws: `Diagnostic` if a built-in is malformed (a build of this repository never is).
    public func checklists() throws -> [Checklist] {
        try checklistFolderPaths.compactMap { path in try source(path).flatMap { try checklist(in: $0, at: path) } }
    }

    /// Every embedded profile, in path order.
    /// - Throws: `Diagnostic` if a built-in is malformed.
    public func profiles() throws -> [Profile] {
        try checklistFolderPaths.compactMap { path in
            guard let source = source(path), try Loader.format(of: source) == .profile else { return nil }
            return try Loader.profile(source)
        }
    }

    /// Every embedded probe suite (`Checklists/probes/`), in path order, with its source.
    /// - Throws: `Diagnostic` if a built-in is malformed.
    public func probeSuites() throws -> [(suite: ProbeSuite, source: SourceFile)] {
        try checklistFolderPaths.compactMap { path in
            guard let source = source(path), try Loader.format(of: source) == .probes else { return nil }
            return (try Loader.probeSuite(source), source)
        }
    }

    /// The embedded checklist with `id`, or nil.
    public func checklist(id: String) throws -> Checklist? {
        try checklists().first { $0.id == id }
    }

    /// The embedded reference registry, if there is one.
    public func references() throws -> ReferenceRegistry? {
        try source("Checklists/references.yaml").map(Loader.references)
    }

    /// The embedded metric vocabulary, if there is one.
    public func vocabulary() throws -> MetricVocabulary? {
        guard let source = source(Self.vocabularyPath) else { return nil }
        return try compiledVocabulary?.value(for: source) ?? Loader.vocabulary(source)
    }

    /// The embedded tool-mapping table for importers, checked against the embedded vocabulary.
    public func toolMappings() throws -> ToolMappings? {
        let vocabulary = try vocabulary()
        return try source("Checklists/importers/tool-mappings.yaml").map {
            try Loader.toolMappings($0, vocabulary: vocabulary)
        }
    }
}
