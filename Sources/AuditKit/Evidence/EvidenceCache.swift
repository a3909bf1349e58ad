import Foundation

/// Evidence files already read during one run, so a portfolio whose deployments share evidence
/// (one red-team run behind several deployments, say) reads, hashes and parses each file once:
/// native metrics files, and promptfoo and garak results, which can run to megabytes.
///
/// What is kept depends only on the file and on tables that stay the same for a whole run (the
/// metric vocabulary, the tool mappings), so one cache serves one run's `EvidenceLoader`s.
/// An entry is keyed by the file's resolved path and is used only while the file's `FileStamp`
/// is unchanged; a file that changed is read again. Only successful reads are kept, so every
/// problem is still reported against the manifest that names the file. At most `capacity`
/// files are kept, so memory stays flat however many files a portfolio names.
public final class EvidenceCache: @unchecked Sendable {
    /// Most files kept; when full, the cache starts again empty.
    public let capacity: Int
    private var entries: [String: Entry] = [:]
    /// Manifest folders as given → resolved, for `folder(_:resolve:)`.
    private var folders: [String: String] = [:]
    private let lock = NSLock()

    private struct Entry {
        let stamp: FileStamp
        var sha256: String?
        var metrics: MetricsFile?
        /// Imported results, by how they were imported.
        var imported: [ImportKey: MetricsDocument] = [:]
    }

    /// An import's tool and the collection date the entry gave instead of the file's own.
    private struct ImportKey: Hashable {
        let tool: ResultsTool
        let collected: Day?
    }

    /// Creates an empty cache.
    public init(capacity: Int = 4096) { self.capacity = max(1, capacity) }

    /// The SHA-256 of `file`, from the cache or from `compute`.
    func digest(of file: EvidencePath, compute: () -> String?) -> String? {
        if let known = lookup(file)?.sha256 { return known }
        let digest = compute()
        if let digest { store(file) { $0.sha256 = digest } }
        return digest
    }

    /// The parsed metrics of `file`, from the cache or from `load`.
    /// - Throws: what `load` throws (nothing is kept then).
    func metrics(of file: EvidencePath, load: () throws -> MetricsFile) rethrows -> MetricsFile {
        if let known = lookup(file)?.metrics { return known }
        let metrics = try load()
        store(file) { $0.metrics = metrics }
        return metrics
    }

    /// The document `tool` imports from `file` with the entry's `collected` date, from the cache
    /// or from `load`.
    /// - Throws: what `load` throws (nothing is kept then).
    func imported(_ file: EvidencePath, tool: ResultsTool, collected: Day?,
                  load: () throws -> MetricsDocument) rethrows -> MetricsDocument {
        let key = ImportKey(tool: tool, collected: collected)
        if let known = lookup(file)?.imported[key] { return known }
        let document = try load()
        store(file) { $0.imported[key] = document }
        return document
    }

    /// Whether `path`, at `stamp`, was read successfully earlier in the run. Its permissions
    /// then still allow reading: changing them changes the status-change time in the stamp.
    func wasRead(_ path: String, at stamp: FileStamp) -> Bool {
        lock.withLock { entries[path]?.stamp == stamp }
    }

    /// The resolved form of the manifest folder `given`, from `resolve` the first time the run
    /// meets it: a portfolio's manifests mostly share a few folders, and resolving one costs a
    /// system call per component.
    func folder(_ given: String, resolve: () -> String) -> String {
        if let known = lock.withLock({ folders[given] }) { return known }
        let resolved = resolve()
        lock.withLock {
            if folders.count >= capacity { folders.removeAll(keepingCapacity: true) }
            folders[given] = resolved
        }
        return resolved
    }

    /// How many files are kept now.
    public var count: Int { lock.withLock { entries.count } }

    private func lookup(_ file: EvidencePath) -> Entry? {
        lock.withLock { current(file) }
    }

    /// The entry of `file` if its stamp still matches; call with the lock held.
    private func current(_ file: EvidencePath) -> Entry? {
        entries[file.absolute].flatMap { $0.stamp == file.stamp ? $0 : nil }
    }

    private func store(_ file: EvidencePath, _ update: (inout Entry) -> Void) {
        lock.withLock {
            var entry = current(file) ?? Entry(stamp: file.stamp)
            update(&entry)
            if entries[file.absolute] == nil, entries.count >= capacity { entries.removeAll(keepingCapacity: true) }
            entries[file.absolute] = entry
        }
    }
}
