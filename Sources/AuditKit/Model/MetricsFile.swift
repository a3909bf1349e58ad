/// Measured rates in Safeguard's native format (`safeguard: metrics/v1`): per metric category,
/// how many probes were run and how many showed the desired behaviour.
public struct MetricsFile: Sendable, Decodable, Equatable {
    /// The tool run that produced the measurements.
    public struct Source: Sendable, Codable, Hashable {
        /// Tool name, e.g. `safeguard-probe`.
        public let tool: String
        /// Tool version.
        public let version: String?
        /// Run identifier.
        public let runID: String?
        /// When the run started, as the tool wrote it (ISO 8601).
        public let timestamp: String?

        private enum CodingKeys: String, CodingKey, CaseIterable {
            case tool, version, runID = "run_id", timestamp
        }

        public init(tool: String, version: String?, runID: String?, timestamp: String? = nil) {
            (self.tool, self.version, self.runID, self.timestamp) = (tool, version, runID, timestamp)
        }

        public init(from decoder: any Decoder) throws {
            let c = try decoder.strictContainer(keyedBy: CodingKeys.self)
            self.init(tool: try c.decode(String.self, forKey: .tool),
                      version: try c.decodeIfPresent(String.self, forKey: .version),
                      runID: try c.decodeIfPresent(String.self, forKey: .runID),
                      timestamp: try c.decodeIfPresent(String.self, forKey: .timestamp))
        }
    }

    /// One category's counts.
    public struct Entry: Sendable, Decodable, Equatable {
        /// Samples run.
        public let n: Int
        /// Samples that showed the desired behaviour.
        public let passes: Int
        /// `passes / n`, when the file states it.
        public let rate: Double?
        /// The Wilson 95 % lower bound of the rate, when the file states it (for readers; the
        /// engine recomputes it).
        public let lowerBound: Double?
        /// Samples that could not be judged (transport errors, timeouts, malformed replies);
        /// they are not in `n`.
        public let errors: Int?
        /// When measured, if different from the file's date.
        public let collected: Day?
        /// Where the entry is written.
        public let location: SourceLocation?

        private enum CodingKeys: String, CodingKey, CaseIterable {
            case n, passes, rate, lowerBound = "lower_bound", errors, collected
        }

        /// An entry as read (`MetricsEventParser`).
        init(n: Int, passes: Int, rate: Double?, lowerBound: Double?, errors: Int?, collected: Day?,
             location: SourceLocation?) {
            (self.n, self.passes, self.rate, self.lowerBound) = (n, passes, rate, lowerBound)
            (self.errors, self.collected, self.location) = (errors, collected, location)
        }

        public init(from decoder: any Decoder) throws {
            let c = try decoder.strictContainer(keyedBy: CodingKeys.self)
            n = try c.decode(Int.self, forKey: .n)
            passes = try c.decode(Int.self, forKey: .passes)
            rate = try c.decodeIfPresent(Double.self, forKey: .rate)
            lowerBound = try c.decodeIfPresent(Double.self, forKey: .lowerBound)
            errors = try c.decodeIfPresent(Int.self, forKey: .errors)
            collected = try c.decodeIfPresent(Day.self, forKey: .collected)
            location = decoder.sourceLocation
        }
    }

    /// Who measured.
    public let source: Source?
    /// When measured (default for every entry).
    public let collected: Day?
    /// Counts per metric category.
    public let metrics: [String: Entry]
    /// `metrics` in category order, sorted once when the file is read: a portfolio's manifests
    /// share their evidence files, and each manifest's audit lists them in this order.
    public let orderedMetrics: [(category: String, entry: Entry)]

    private enum CodingKeys: String, CodingKey, CaseIterable {
        case format = "safeguard", source, collected, metrics
    }

    /// A file as read (`MetricsEventParser`).
    init(source: Source?, collected: Day?, metrics: [String: Entry]) {
        (self.source, self.collected, self.metrics) = (source, collected, metrics)
        orderedMetrics = metrics.sorted { $0.key < $1.key }.map { (category: $0.key, entry: $0.value) }
    }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.strictContainer(keyedBy: CodingKeys.self)
        self.init(source: try c.decodeIfPresent(Source.self, forKey: .source),
                  collected: try c.decodeIfPresent(Day.self, forKey: .collected),
                  metrics: try c.decode([String: Entry].self, forKey: .metrics))
    }

    /// Equal when the source, date and entries are: `orderedMetrics` follows from `metrics`.
    public static func == (lhs: MetricsFile, rhs: MetricsFile) -> Bool {
        lhs.source == rhs.source && lhs.collected == rhs.collected && lhs.metrics == rhs.metrics
    }
}
