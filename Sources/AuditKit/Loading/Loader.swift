/// Reads Safeguard's YAML formats: size cap → parse → node budget → format key → typed decode
/// (or schema validation, for manifests) → semantic checks. Every failure is a located
/// `Diagnostic`.
public enum Loader {
    /// Loads a deployment manifest and checks it against the schema, which reads scalars by
    /// their text and style alone (so their tags are not resolved).
    ///
    /// Most manifests are read by `ManifestEventReader` straight from libyaml's events; any
    /// that it does not take, the faulty ones among them, go through Yams' tree and the schema
    /// validator, which locate and word every problem.
    /// - Throws: `Diagnostic`.
    public static func manifest(_ source: SourceFile) throws -> DeploymentManifest {
        try NodeBudget.precheck(source, limit: YAMLDocument.nodeBudget)
        let root = try ManifestEventReader.read(source, nodeBudget: YAMLDocument.nodeBudget)
            ?? manifestTree(source)
        let manifest = DeploymentManifest(source: source, sha256: SHA256Digest.hex(of: source.bytes),
                                          root: root)
        if let problem = ManifestChecks.problems(in: manifest, source: source).first {
            throw problem
        }
        return manifest
    }

    /// A manifest's tree the general way: Yams' nodes, the format key, then the schema.
    /// - Throws: `Diagnostic`.
    static func manifestTree(_ source: SourceFile) throws -> ManifestNode {
        let document = try YAMLDocument(source, resolvingTags: false)
        try FormatKind.of(document, expected: .deployment)
        return try SchemaValidator(document: document)
            .validate(document.root, as: DeploymentSchema.root, path: [])
    }

    /// Both readers' trees of `source` (nil where one declines or throws), for the fuzz target's
    /// differential check.
    package static func manifestTreesBothWays(_ source: SourceFile)
        -> (shortcut: ManifestNode?, general: ManifestNode?) {
        (ManifestEventReader.read(source, nodeBudget: YAMLDocument.nodeBudget), try? manifestTree(source))
    }

    /// Loads and decodes a checklist. Semantic checks are `ChecklistValidator`'s job.
    /// - Throws: `Diagnostic`, also when the file is not a checklist.
    public static func checklist(_ source: SourceFile) throws -> Checklist {
        let document = try YAMLDocument(source)
        try FormatKind.of(document, expected: .checklist)
        return try checklist(in: document)
    }

    /// Loads a checklist if `source` is one; nil for any other format. Parses the file once.
    /// - Throws: `Diagnostic`.
    public static func checklistIfAny(_ source: SourceFile) throws -> Checklist? {
        let document = try YAMLDocument(source)
        guard try FormatKind.of(document) == .checklist else { return nil }
        return try checklist(in: document)
    }

    /// Loads a profile. - Throws: `Diagnostic`.
    public static func profile(_ source: SourceFile) throws -> Profile {
        try decode(Profile.self, .profile, source)
    }

    /// Loads a native metrics file and checks its counts.
    ///
    /// Most metrics files are read by `MetricsEventReader` straight from YAML events; any that
    /// it does not take, the faulty ones among them, go through Yams' tree and `Decodable`,
    /// which locate and word every problem.
    /// - Throws: `Diagnostic`.
    public static func metrics(_ source: SourceFile, vocabulary: MetricVocabulary?) throws -> MetricsFile {
        try NodeBudget.precheck(source, limit: YAMLDocument.nodeBudget)
        let loaded = try MetricsEventReader.read(source, nodeBudget: YAMLDocument.nodeBudget)
            ?? metricsTheGeneralWay(source)
        let problems = MetricsChecks.problems(in: loaded.file, source: source, vocabulary: vocabulary,
                                              keyLocations: loaded.keyLocations)
        if let problem = problems.first { throw problem }
        return loaded.file
    }

    /// A metrics file read the general way: Yams' nodes, the format key, then `Decodable`.
    /// - Throws: `Diagnostic`.
    static func metricsTheGeneralWay(_ source: SourceFile) throws -> LoadedMetrics {
        let document = try YAMLDocument(source)
        try FormatKind.of(document, expected: .metrics)
        let metrics = try document.decode(MetricsFile.self)
        let keys = document.root.mapping?["metrics"]?.mapping?.keys.compactMap { key in
            key.string.map { ($0, SourceLocation(file: source.path, line: key.mark?.line ?? 1,
                                                 column: key.mark?.column ?? 1)) }
        } ?? []
        return LoadedMetrics(file: metrics, keyLocations: Dictionary(keys) { first, _ in first })
    }

    /// Both readers' metrics files of `source` (nil where one declines or throws), for the fuzz
    /// target's differential check.
    package static func metricsBothWays(_ source: SourceFile)
        -> (shortcut: LoadedMetrics?, general: LoadedMetrics?) {
        (MetricsEventReader.read(source, nodeBudget: YAMLDocument.nodeBudget), try? metricsTheGeneralWay(source))
    }

    /// Loads the reference registry. - Throws: `Diagnostic`.
    public static func references(_ source: SourceFile) throws -> ReferenceRegistry {
        try decode(ReferenceRegistry.self, .references, source)
    }

    /// Loads the metric vocabulary. - Throws: `Diagnostic`.
    public static func vocabulary(_ source: SourceFile) throws -> MetricVocabulary {
        try decode(MetricVocabulary.self, .metricCategories, source)
    }

    /// Loads and decodes a probe suite. Semantic checks are `ProbeSuiteChecks`' job.
    /// - Throws: `Diagnostic`, also when the file is not a probe suite.
    public static func probeSuite(_ source: SourceFile) throws -> ProbeSuite {
        try decode(ProbeSuite.self, .probes, source)
    }

    /// Loads a probe suite and checks it against the metric vocabulary.
    /// - Throws: `Diagnostic`, or `Diagnostics` listing every semantic problem.
    public static func probeSuite(_ source: SourceFile, vocabulary: MetricVocabulary?) throws -> ProbeSuite {
        let suite = try probeSuite(source)
        let problems = ProbeSuiteChecks.problems(in: suite, source: source, vocabulary: vocabulary)
        guard problems.isEmpty else { throw Diagnostics(problems) }
        return suite
    }

    /// Loads and decodes a tool-mapping table. Semantic checks are `ToolMappingChecks`' job.
    /// - Throws: `Diagnostic`, also when the file is not a tool-mapping table.
    public static func toolMappings(_ source: SourceFile) throws -> ToolMappings {
        try decode(ToolMappings.self, .toolMappings, source)
    }

    /// Loads a tool-mapping table and checks its patterns and categories.
    /// - Throws: `Diagnostic`, or `Diagnostics` listing every semantic problem.
    public static func toolMappings(_ source: SourceFile, vocabulary: MetricVocabulary?) throws -> ToolMappings {
        let mappings = try toolMappings(source)
        let problems = ToolMappingChecks.problems(in: mappings, source: source, vocabulary: vocabulary)
        guard problems.isEmpty else { throw Diagnostics(problems) }
        return mappings
    }

    /// The format a file declares, after parsing it. - Throws: `Diagnostic`.
    public static func format(of source: SourceFile) throws -> FormatKind {
        try FormatKind.of(try YAMLDocument(source))
    }

    private static func checklist(in document: YAMLDocument) throws -> Checklist {
        var checklist = try document.decode(Checklist.self)
        checklist.origin = .init(path: document.source.path,
                                 sha256: SHA256Digest.hex(of: document.source.bytes))
        return checklist
    }

    private static func decode<T: Decodable>(_ type: T.Type, _ kind: FormatKind,
                                             _ source: SourceFile) throws -> T {
        let document = try YAMLDocument(source)
        try FormatKind.of(document, expected: kind)
        return try document.decode(type)
    }
}
