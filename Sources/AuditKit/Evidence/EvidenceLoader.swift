import Foundation

/// Resolves a manifest's evidence entries on disk: checks each file exists inside the
/// manifest's folder, hashes it, and reads measurements from results files.
///
/// This is the I/O half of evidence handling; the engine only sees the resulting `EvidenceSet`.
public struct EvidenceLoader: Sendable {
    /// Metric vocabulary for checking native metrics files; nil skips the check.
    public let vocabulary: MetricVocabulary?
    /// The table mapping promptfoo and garak results to categories; nil: the built-in one.
    public let mappings: ToolMappings?
    /// Files already read in this run, shared by every manifest of a portfolio; nil reads
    /// every file afresh.
    public let cache: EvidenceCache?

    /// Creates a loader.
    public init(vocabulary: MetricVocabulary?, mappings: ToolMappings? = nil, cache: EvidenceCache? = nil) {
        (self.vocabulary, self.mappings, self.cache) = (vocabulary, mappings, cache)
    }

    /// Loads every evidence entry of `manifest`.
    /// - Throws: `Diagnostic` when a file is missing, outside the manifest's folder, unreadable
    ///   or malformed.
    public func load(for manifest: DeploymentManifest) throws -> EvidenceSet {
        var records: [EvidenceRecord] = []
        var measurements: [Measurement] = []
        let folder = EvidencePath.folder(of: manifest, cache: cache)
        let shownFolder = EvidencePath.shownFolder(of: manifest)
        var checkedFolders: Set<String> = []
        for entry in manifest.evidence {
            let file = try EvidencePath(entry: entry, manifest: manifest, folder: folder,
                                        shownFolder: shownFolder, cache: cache, checkedFolders: &checkedFolders)
            let hash = { SHA256Digest.hex(ofFileAt: file.absolute) }
            guard let digest = cache.map({ $0.digest(of: file, compute: hash) }) ?? hash() else {
                throw diagnostic(manifest, entry, "evidence '\(entry.id)': \(entry.path) cannot be read")
            }
            let (collected, found, problem) = try read(entry, file)
            records.append(EvidenceRecord(entry: entry, collected: collected, sha256: digest,
                                          problem: problem))
            measurements += found
        }
        return EvidenceSet(records: records, measurements: measurements)
    }

    private func read(_ entry: EvidenceEntry, _ file: EvidencePath) throws
        -> (Day?, [Measurement], String?) {
        switch entry.format {
        case nil:
            return (entry.collected, [], nil)
        case .promptfoo?:
            return try imported(entry, file, tool: .promptfoo)
        case .garak?:
            return try imported(entry, file, tool: .garak)
        case .safeguard?:
            let load = {
                try Loader.metrics(try SourceFile(reading: file.absolute, displayPath: file.display),
                                   vocabulary: vocabulary)
            }
            let metrics = try cache.map { try $0.metrics(of: file, load: load) } ?? load()
            let fileDate = entry.collected ?? metrics.collected
            let found = metrics.orderedMetrics.compactMap { category, value in
                (value.collected ?? metrics.collected ?? entry.collected).map {
                    Measurement(category: category, samples: value.n, passes: value.passes,
                                collected: $0, evidenceID: entry.id, tool: metrics.source?.tool)
                }
            }
            return (fileDate ?? found.map(\.collected).max(), found, nil)
        }
    }

    /// Imports a promptfoo or garak results file; the entry's `collected` overrides the file's date.
    private func imported(_ entry: EvidenceEntry, _ file: EvidencePath, tool: ResultsTool) throws
        -> (Day?, [Measurement], String?) {
        let load = {
            let source = try SourceFile(reading: file.absolute, displayPath: file.display,
                                        cap: ResultsTool.maximumFileSize)
            guard let table = try mappings ?? BuiltinCatalog.embedded.toolMappings() else {
                throw Diagnostic(.fileUnreadable, "no tool-mapping table is built in", file: file.display)
            }
            return try tool.document(from: source, collected: entry.collected, mappings: table)
        }
        let document = try cache.map {
            try $0.imported(file, tool: tool, collected: entry.collected, load: load)
        } ?? load()
        let found = document.counts.map {
            Measurement(category: $0.category, samples: $0.n, passes: $0.passes, collected: document.collected,
                        evidenceID: entry.id, tool: document.source.tool)
        }
        return (document.collected, found, nil)
    }

    private func diagnostic(_ manifest: DeploymentManifest, _ entry: EvidenceEntry,
                            _ message: String) -> Diagnostic {
        manifest.source.diagnostic(.evidenceMissing, message, line: entry.pathLocation.line,
                                   column: entry.pathLocation.column)
    }
}
