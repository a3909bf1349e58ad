/// One measured rate in the report's evidence section.
struct MeasurementView: Sendable, Encodable {
    let category: String
    let evidence: String
    let tool: String?
    let n: Int
    let passes: Int
    /// "99.8%".
    let rate: String
    /// "99.3%", the Wilson 95 % lower bound the gate uses.
    let lowerBound: String
    let collected: String

    init(_ record: MeasurementRecord) {
        category = record.category
        evidence = record.evidence
        tool = record.tool
        n = record.n
        passes = record.passes
        rate = record.rate.percentText
        lowerBound = record.lowerBound.percentText
        collected = record.collected.description
    }
}

extension MeasurementView: TemplateRepresentable {
    var templateValue: TemplateValue {
        .object([
            "category": .text(category), "evidence": .text(evidence), "tool": .optional(tool), "n": .integer(n),
            "passes": .integer(passes), "rate": .text(rate), "lowerBound": .text(lowerBound),
            "collected": .text(collected),
        ])
    }
}
