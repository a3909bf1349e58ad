/// The canonical result of one audit (`safeguard-result/v1`). Every report is a view of it.
///
/// Encoded as JSON with sorted keys and snake_case names, it is byte-identical for the same
/// inputs and as-of date.
public struct AuditResult: Sendable, Codable {
    /// The result format this type writes.
    public static let currentFormat = "safeguard-result/v1"

    /// Format marker, `safeguard-result/v1`.
    public let format: String
    /// The tool that produced it.
    public let tool: ToolInfo
    /// The date staleness and waivers were judged against.
    public let asOf: Day
    /// What was audited.
    public let deployment: DeploymentIdentity
    /// The checklist used.
    public let checklist: ChecklistSummary
    /// Every input file with its SHA-256.
    public let inputs: [InputFile]
    /// The gate's verdict.
    public let gate: GateVerdict
    /// Scores.
    public let score: ScoreSummary
    /// Social-integration exposure, when the checklist has a risk model.
    public let exposure: Exposure?
    /// One result per control, in checklist order.
    public let controls: [ControlResult]
    /// Controls a profile left out, with its reasons; absent when none were.
    public let skipped: [SkippedControl]?
    /// The evidence files.
    public let evidence: [EvidenceRecord]
    /// Every measured rate read from the evidence, by category then evidence id.
    public let measurements: [MeasurementRecord]?
    /// The waivers and what became of them.
    public let waivers: [WaiverRecord]
    /// The comparison with `--baseline`, when one was given.
    public let baseline: BaselineComparison?

    /// How many controls ended in each outcome.
    public func count(_ outcome: Outcome) -> Int {
        // Counted in place: `filter` copied every matching control into a new array first.
        controls.reduce(0) { count, control in control.outcome == outcome ? count + 1 : count }
    }
}

/// Name and version of the tool.
public struct ToolInfo: Sendable, Codable, Hashable {
    /// Tool name.
    public let name: String
    /// Tool version.
    public let version: String

    /// Creates tool info.
    public init(name: String, version: String) { (self.name, self.version) = (name, version) }
}

/// Which checklist an audit used.
public struct ChecklistSummary: Sendable, Codable, Hashable {
    /// Checklist id.
    public let id: String
    /// Checklist version.
    public let version: String
    /// Checklist title.
    public let title: String
    /// The profile applied over it, if any.
    public let profile: String?
}

/// An input file and its hash.
public struct InputFile: Sendable, Codable, Hashable {
    /// What the file is to the audit.
    public enum Role: String, Sendable, Codable { case manifest, checklist, profile, evidence }

    /// The file's role.
    public let role: Role
    /// Path as given, or `builtin:<id>`.
    public let path: String
    /// SHA-256, lower-case hex.
    public let sha256: String

    /// Creates an input record.
    public init(role: Role, path: String, sha256: String) {
        (self.role, self.path, self.sha256) = (role, path, sha256)
    }

    /// Where the audit read the file: evidence relative to `manifestFolder`, the rest as
    /// recorded; nil for a built-in file.
    public func diskPath(manifestFolder: String) -> String? {
        if path.hasPrefix("builtin:") { return nil }
        return role == .evidence ? PathText.joining(manifestFolder, path) : path
    }
}

extension InputFile.Role {
    /// "the manifest", "evidence": the role as messages name it.
    public var described: String {
        switch self {
        case .manifest: "the manifest"
        case .checklist: "a checklist"
        case .profile: "the profile"
        case .evidence: "evidence"
        }
    }
}

/// A waiver and what became of it.
public struct WaiverRecord: Sendable, Codable, Hashable {
    /// What happened to the waiver.
    public enum Status: String, Sendable, Codable {
        /// It covers an unmet control.
        case applied
        /// Its expiry date has passed; the control counts again.
        case expired
        /// Its approval date is after the as-of date.
        case notYetApproved = "not-yet-approved"
        /// The control is met or not applicable; nothing to waive.
        case unused
        /// `--ignore-waivers` was given.
        case ignored
    }

    /// Control id.
    public let control: String
    /// What happened.
    public let status: Status
    /// Justification.
    public let justification: String
    /// Approver.
    public let approvedBy: String
    /// Approval date.
    public let approvedOn: Day
    /// Expiry date.
    public let expires: Day
    /// Where it is written.
    public let location: SourceLocation
}
