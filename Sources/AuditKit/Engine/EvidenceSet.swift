/// What the evidence files yielded, prepared outside the engine: each file's record, the
/// measurements read from results files, and the files that could not be imported.
public struct EvidenceSet: Sendable {
    /// One record per evidence entry, in manifest order.
    public let records: [EvidenceRecord]
    /// Every measurement from every readable results file.
    public let measurements: [Measurement]

    /// Creates an evidence set.
    public init(records: [EvidenceRecord], measurements: [Measurement]) {
        self.records = records
        self.measurements = measurements
    }

    /// The record with `id`.
    public func record(_ id: String) -> EvidenceRecord? { records.first { $0.id == id } }

    /// The most recent measurement of `category` (larger sample on a tie).
    public func latest(_ category: String) -> Measurement? {
        var latest: Measurement?
        // In one pass without a filtered copy; the first of equal measurements wins, as `max` picks.
        for index in measurements.indices where measurements[index].category == category {
            let candidate = measurements[index]
            if let best = latest, (candidate.collected, candidate.samples) <= (best.collected, best.samples) { continue }
            latest = candidate
        }
        return latest
    }

    /// Records whose results could not be imported.
    public var failures: [EvidenceRecord] { records.filter { $0.problem != nil } }
}

/// One evidence file as the audit saw it: where it is, when it was collected, its hash.
public struct EvidenceRecord: Sendable, Hashable, Codable {
    /// The entry's id.
    public let id: String
    /// The entry's kind.
    public let kind: EvidenceEntry.Kind
    /// The results format, if any.
    public let format: EvidenceEntry.Format?
    /// Path as written in the manifest.
    public let path: String
    /// Collection date (for results files, the measurement date when the entry gives none).
    public let collected: Day?
    /// Shelf life in days.
    public let maxAgeDays: Int
    /// SHA-256 of the file, lower-case hex.
    public let sha256: String
    /// Why its results could not be used, if they could not.
    public let problem: String?
    /// Where the entry is written in the manifest.
    public let location: SourceLocation

    /// Creates a record.
    public init(entry: EvidenceEntry, collected: Day?, sha256: String, problem: String?) {
        id = entry.id
        kind = entry.kind
        format = entry.format
        path = entry.path
        self.collected = collected
        maxAgeDays = entry.maxAgeDays
        self.sha256 = sha256
        self.problem = problem
        location = entry.location
    }

    /// Days between collection and `day`; nil when the collection date is unknown.
    public func age(on day: Day) -> Int? { collected.map { $0.days(until: day) } }

    /// Whether the evidence is within `limit` days (default: its own shelf life) on `day`.
    public func isFresh(on day: Day, limit: Int? = nil) -> Bool {
        guard let age = age(on: day) else { return false }
        return age >= 0 && age <= (limit ?? maxAgeDays)
    }
}
