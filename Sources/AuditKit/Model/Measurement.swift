/// One measured rate the engine can score: a metric category's counts from one evidence file.
public struct Measurement: Sendable, Hashable, Codable {
    /// The metric category, e.g. `refusal.minor-sexualisation`.
    public let category: String
    /// Samples run.
    public let samples: Int
    /// Samples that showed the desired behaviour.
    public let passes: Int
    /// When measured.
    public let collected: Day
    /// The evidence entry it came from.
    public let evidenceID: String
    /// The tool that measured it, when known.
    public let tool: String?

    /// Creates a measurement.
    public init(category: String, samples: Int, passes: Int, collected: Day,
                evidenceID: String, tool: String? = nil) {
        self.category = category
        self.samples = samples
        self.passes = passes
        self.collected = collected
        self.evidenceID = evidenceID
        self.tool = tool
    }

    /// The point rate, `passes / samples`.
    public var rate: Double { samples > 0 ? Double(passes) / Double(samples) : 0 }

    /// The Wilson score interval's 95 % lower bound of the rate.
    public var lowerBound: Double { Wilson.lowerBound(successes: passes, trials: samples) }
}
