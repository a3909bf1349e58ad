/// Everything a condition may consult: the manifest, the evidence, the date, the exposure tier.
struct EvaluationContext: Sendable {
    let manifest: DeploymentManifest
    let evidence: EvidenceSet
    let asOf: Day
    /// The exposure tier, once the risk model has run.
    var tier: (tier: RiskTier, score: Int)?
}
