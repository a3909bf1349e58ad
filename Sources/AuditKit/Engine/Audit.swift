/// The audit engine: a pure function of (checklist, manifest, evidence, policy, as-of date) →
/// `AuditResult`. It does no I/O, so the same inputs always give the same result.
///
/// ```swift
/// let audit = Audit(checklist: checklist, policy: .standard, asOf: day, tool: info)
/// let result = audit.run(manifest, evidence: evidence, inputs: inputs)
/// ```
public struct Audit: Sendable {
    /// The effective checklist.
    public private(set) var checklist: Checklist
    /// Gate policy.
    public let policy: GatePolicy
    /// The day staleness and waivers are judged against.
    public let asOf: Day
    /// Name and version written into the result.
    public let tool: ToolInfo
    /// When true, waivers are listed but not applied.
    public let ignoreWaivers: Bool
    /// The profile id, if one was applied.
    public let profileID: String?
    /// Controls the profile left out.
    public let skipped: [SkippedControl]
    /// The checklist's controls as they are run, in its order (see `PlannedControl`).
    private var planned: [PlannedControl]

    /// Creates an audit.
    public init(checklist: Checklist, policy: GatePolicy = .standard, asOf: Day, tool: ToolInfo,
                ignoreWaivers: Bool = false, profileID: String? = nil, skipped: [SkippedControl] = []) {
        self.checklist = checklist
        self.policy = GatePolicy.standard.extended(by: policy)
        self.skipped = skipped
        self.asOf = asOf
        self.tool = tool
        self.ignoreWaivers = ignoreWaivers
        self.profileID = profileID
        planned = checklist.controls.map(PlannedControl.init)
    }

    /// This audit with `checklist` in place of its own, and everything else as it is (the
    /// policy is not extended again). For a copy of the same checklist (`PlanReplicas`).
    func auditing(_ checklist: Checklist) -> Audit {
        var copy = self
        copy.checklist = checklist
        copy.planned = checklist.controls.map(PlannedControl.init)
        return copy
    }

    /// Audits one deployment; with a `baseline` (an earlier result of the same deployment) the
    /// result lists regressions, and the gate fails on them when the policy says so.
    public func run(_ manifest: DeploymentManifest, evidence: EvidenceSet,
                    inputs: [InputFile], baseline: AuditResult? = nil) -> AuditResult {
        var context = EvaluationContext(manifest: manifest, evidence: evidence, asOf: asOf)
        let exposure = checklist.riskModel.map {
            RiskAssessor(model: $0, evaluator: ConditionEvaluator(context: context)).assess(manifest)
        }
        context.tier = exposure.map { ($0.tier, $0.score) }
        let evaluator = ConditionEvaluator(context: context)
        let waivers = WaiverBook(manifest.waivers, asOf: asOf, ignored: ignoreWaivers)
        let auditor = ControlAuditor(evaluator: evaluator, manifest: manifest, waivers: waivers)
        let controls = planned.map(auditor.audit)
        let score = Scorer(checklist: checklist).summarise(controls)
        let comparison = baseline.map { BaselineComparison(baseline: $0, controls: controls, score: score.overall) }
        let (policy, tierRule) = policy.resolved(for: exposure?.tier)
        return AuditResult(
            format: AuditResult.currentFormat, tool: tool, asOf: asOf,
            deployment: manifest.identity,
            checklist: ChecklistSummary(id: checklist.id, version: checklist.version,
                                        title: checklist.title, profile: profileID),
            inputs: inputs,
            gate: Gate(policy: policy, tierRule: tierRule)
                .verdict(controls: controls, score: score, baseline: comparison),
            score: score, exposure: exposure, controls: controls,
            skipped: skipped.isEmpty ? nil : skipped, evidence: evidence.records,
            measurements: Self.records(evidence.measurements),
            waivers: waivers.records(for: controls), baseline: comparison)
    }

    private static func records(_ measurements: [Measurement]) -> [MeasurementRecord]? {
        guard !measurements.isEmpty else { return nil }
        return measurements.map(MeasurementRecord.init)
            .sorted { ($0.category, $0.evidence) < ($1.category, $1.evidence) }
    }
}
