import Foundation

/// Geometry for the exposure gauge: a half-circle from 0 to 100 split into the checklist's tier
/// bands, each band labelled and shaded darker as exposure rises, with a needle at the score.
struct ExposureGauge: Sendable, Encodable {
    /// One tier's stretch of the arc.
    struct Band: Sendable, Encodable {
        /// Tier name, also the CSS class suffix.
        let tier: String
        /// SVG path of the arc.
        let path: String
        /// Where the tier's label sits.
        let labelX: String
        let labelY: String
        /// True for the tier the deployment is in.
        let current: Bool
    }

    static let centerX = 160.0, centerY = 150.0, radius = 110.0

    /// The bands, low to severe.
    let bands: [Band]
    /// The needle's tip.
    let needleX: String
    let needleY: String
    /// Printed score and tier.
    let score: Int
    let tier: String

    init(_ exposure: Exposure) {
        let tiers = exposure.tiers
        let edges = [0, tiers.moderate, tiers.high, tiers.severe, 100]
        bands = RiskTier.allCases.enumerated().map { index, tier in
            let (from, to) = (Double(edges[index]), Double(edges[index + 1]))
            let label = Self.point(at: (from + to) / 2, radius: Self.radius + 30)
            return Band(tier: tier.rawValue, path: Self.arc(from: from, to: to),
                        labelX: label.x, labelY: label.y, current: tier == exposure.tier)
        }
        let tip = Self.point(at: Double(exposure.score), radius: Self.radius - 22)
        (needleX, needleY) = (tip.x, tip.y)
        score = exposure.score
        tier = exposure.tier.rawValue
    }

    /// The point at `value` (0–100) on a circle of `radius`; 0 is on the left, 100 on the right.
    private static func point(at value: Double, radius: Double) -> (x: String, y: String) {
        let angle = Double.pi * (1 - value / 100)
        return ((centerX + radius * cos(angle)).formatted(maxFractionDigits: 1),
                (centerY - radius * sin(angle)).formatted(maxFractionDigits: 1))
    }

    private static func arc(from: Double, to: Double) -> String {
        let start = point(at: from, radius: radius), end = point(at: to, radius: radius)
        let r = radius.formatted(maxFractionDigits: 1)
        return "M \(start.x) \(start.y) A \(r) \(r) 0 0 1 \(end.x) \(end.y)"
    }
}

extension ExposureGauge: TemplateRepresentable {
    var templateValue: TemplateValue {
        .object([
            "bands": .list(bands), "needleX": .text(needleX), "needleY": .text(needleY), "score": .integer(score),
            "tier": .text(tier),
        ])
    }
}

extension ExposureGauge.Band: TemplateRepresentable {
    var templateValue: TemplateValue {
        .object([
            "tier": .text(tier), "path": .text(path), "labelX": .text(labelX), "labelY": .text(labelY),
            "current": .flag(current),
        ])
    }
}
