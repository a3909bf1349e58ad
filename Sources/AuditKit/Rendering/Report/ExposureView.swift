/// Social-integration exposure: tier, score, gauge and every factor with whether it counted.
struct ExposureView: Sendable, Encodable {
    /// One risk factor.
    struct Factor: Sendable, Encodable {
        let id: String
        let points: Int
        let status: String
        /// True when the factor added its points (fired or assumed).
        let counted: Bool
        let reason: String
        /// What in the manifest decided it, as `file:line:col` when known.
        let evidence: [String]
    }

    let score: Int
    let tier: String
    let gauge: ExposureGauge
    let factors: [Factor]
    let thresholds: String

    init(_ exposure: Exposure) {
        score = exposure.score
        tier = exposure.tier.rawValue
        gauge = ExposureGauge(exposure)
        factors = exposure.factors.map { factor in
            Factor(id: factor.id, points: factor.points, status: factor.status.rawValue,
                   counted: factor.status != .notFired, reason: factor.reason.flattened,
                   evidence: factor.evidence.map { reason in
                       reason.location.map { "\(reason.message) (\($0))" } ?? reason.message
                   })
        }
        let tiers = exposure.tiers
        thresholds = "low below \(tiers.moderate), moderate from \(tiers.moderate), "
            + "high from \(tiers.high), severe from \(tiers.severe)"
    }
}

extension ExposureView: TemplateRepresentable {
    var templateValue: TemplateValue {
        .object([
            "score": .integer(score), "tier": .text(tier), "gauge": gauge.templateValue, "factors": .list(factors),
            "thresholds": .text(thresholds),
        ])
    }
}

extension ExposureView.Factor: TemplateRepresentable {
    var templateValue: TemplateValue {
        .object([
            "id": .text(id), "points": .integer(points), "status": .text(status), "counted": .flag(counted),
            "reason": .text(reason), "evidence": .texts(evidence),
        ])
    }
}
