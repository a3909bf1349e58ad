/// Four-valued truth for conditions: a missing claim is *unknown*, not false, and unreadable
/// evidence is an *error*, never a pass.
public enum Truth: String, Sendable, Codable {
    case holds, fails, unknown, error
}

/// Why a condition came out as it did, and where that is written.
///
/// A field's reason keeps its sentence as parts (`ReasonText`) until it is read: an audit makes
/// hundreds, and the combinators drop many (the passing parts of a failing `all`, the failing
/// items of a `some` that holds), so most are never written at all, and the JSON writer writes
/// the rest straight from their parts.
public struct Reason: Sendable, Hashable, Codable {
    /// The sentence, in parts.
    let text: ReasonText
    /// The manifest (or evidence) line that decided it, when there is one.
    public let location: SourceLocation?

    /// One sentence of fact, e.g. "safeguards.provenance.c2pa is false; it must be true".
    public var message: String { text.composed }

    /// Creates a reason.
    public init(_ message: String, at location: SourceLocation? = nil) {
        self.init(.plain(message), at: location)
    }

    /// Creates a reason from its parts.
    init(_ text: ReasonText, at location: SourceLocation?) {
        self.text = text
        self.location = location
    }

    private enum CodingKeys: String, CodingKey { case message, location }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        self.init(try container.decode(String.self, forKey: .message),
                  at: try container.decodeIfPresent(SourceLocation.self, forKey: .location))
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(message, forKey: .message)
        try container.encodeIfPresent(location, forKey: .location)
    }

    /// Equal when the sentences and locations are, however the sentences are kept.
    public static func == (lhs: Reason, rhs: Reason) -> Bool {
        lhs.location == rhs.location && lhs.text.isSameSentence(as: rhs.text)
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(message)
        hasher.combine(location)
    }
}

/// The outcome of evaluating one condition.
struct Evaluation: Sendable {
    var truth: Truth
    var reasons: [Reason]
    /// Evidence ids the evaluation consulted.
    var evidence: Set<String> = []
    /// True when the outcome rests on evidence that was fresh.
    var usedFreshEvidence = false

    init(_ truth: Truth, _ reasons: [Reason], evidence: Set<String> = [], fresh: Bool = false) {
        self.truth = truth
        self.reasons = reasons
        self.evidence = evidence
        self.usedFreshEvidence = fresh
    }

    /// Kleene conjunction; reasons come from the children that decided the result.
    static func all(_ parts: [Evaluation]) -> Evaluation { fold(.all, parts) }

    /// Kleene disjunction; reasons come from the children that decided the result.
    static func any(_ parts: [Evaluation]) -> Evaluation { fold(.any, parts) }

    /// Negation: holds and fails swap; unknown and error stay.
    func negated() -> Evaluation {
        var copy = self
        copy.truth = truth == .holds ? .fails : truth == .fails ? .holds : truth
        return copy
    }

    private static func fold(_ connective: EvaluationFold.Connective, _ parts: [Evaluation]) -> Evaluation {
        var fold = EvaluationFold(connective)
        for part in parts { fold.add(part) }
        return fold.result
    }
}
