/// Combines evaluations one at a time, as `Evaluation.all` or `.any` combines a list of them,
/// without the list: the truth so far is the one that decides, its parts' reasons are kept,
/// and every part's evidence is collected.
struct EvaluationFold {
    /// Kleene conjunction (`all`) or disjunction (`any`).
    enum Connective { case all, any }

    private let connective: Connective
    private var combined: Evaluation
    /// How strongly `combined.truth` decides; -1 before the first part.
    private var rank = -1
    /// Room made for reasons at the first one-reason part: the number of parts expected.
    private let expectedParts: Int

    /// A fold of `connective` that expects about `parts` parts (room for their reasons is made
    /// once, not by doubling as they come: growing cost ≈ 3 % of a manifest's instructions).
    init(_ connective: Connective, expecting parts: Int = 0) {
        (self.connective, expectedParts) = (connective, parts)
        combined = Evaluation(connective == .all ? .holds : .fails, [])
    }

    /// The combination of the parts added so far (`holds` for no part of `all`, `fails` of `any`).
    var result: Evaluation { combined }

    /// Adds the next part.
    mutating func add(_ part: Evaluation) {
        if combined.evidence.isEmpty { combined.evidence = part.evidence
        } else if !part.evidence.isEmpty { combined.evidence.formUnion(part.evidence) }
        let partRank = rank(of: part.truth)
        if partRank > rank {
            (rank, combined.truth, combined.reasons) = (partRank, part.truth, part.reasons)
            combined.usedFreshEvidence = part.usedFreshEvidence
        } else if partRank == rank {
            combined.reasons.append(contentsOf: part.reasons)
            combined.usedFreshEvidence = combined.usedFreshEvidence || part.usedFreshEvidence
        }
    }

    /// Adds a part that has one reason, no evidence and no fresh evidence: what adding
    /// `Evaluation(truth, [reason])` adds, without the array. A part that decides more than the
    /// parts before it empties the reasons kept so far in place, keeping their storage. The
    /// reason is taken (`consuming`), so it moves into the list: borrowed, it was copied, four
    /// retains and releases a reason.
    mutating func add(_ truth: Truth, _ reason: consuming Reason) {
        let partRank = rank(of: truth)
        guard partRank >= rank else { return }
        if partRank > rank {
            (rank, combined.truth, combined.usedFreshEvidence) = (partRank, truth, false)
            combined.reasons.removeAll(keepingCapacity: true)
        }
        if combined.reasons.capacity == 0 { combined.reasons.reserveCapacity(expectedParts) }
        combined.reasons.append(reason)
    }

    /// Failing decides `all` first, holding decides `any`; then error, then unknown.
    private func rank(of truth: Truth) -> Int {
        switch truth {
        case .error: 2
        case .unknown: 1
        case .fails: connective == .all ? 3 : 0
        case .holds: connective == .all ? 0 : 3
        }
    }
}
