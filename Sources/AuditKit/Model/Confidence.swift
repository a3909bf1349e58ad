/// How well the fact behind a requirement, control or reference is confirmed, following the
/// evidence tags of the research notes: [P] primary, [S2] corroborated, [S] secondary,
/// [M] unverified.
public enum Confidence: String, Codable, CaseIterable, Sendable {
    case primary, corroborated, secondary, unverified

    /// True when the fact rests on secondary sources or memory and a report should flag it.
    public var needsFlag: Bool { self == .secondary || self == .unverified }
}
