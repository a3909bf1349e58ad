/// The result of auditing one control. Exactly one per control.
public enum Outcome: String, Codable, CaseIterable, Sendable {
    /// Every requirement holds and its evidence is fresh.
    case passed
    /// A requirement is contradicted by the manifest or by measured evidence.
    case failed
    /// A claim or metric the control needs is missing, stale, or too small a sample.
    case notReviewed = "not-reviewed"
    /// The control's `applies` condition is false for this deployment.
    case notApplicable = "not-applicable"
    /// Failed or not reviewed, but covered by a valid waiver.
    case waived
    /// Evidence the control needs could not be read or imported.
    case error

    /// True for outcomes that count against the gate when not waived.
    public var isUnmet: Bool { self == .failed || self == .notReviewed || self == .error }
}
