/// One line of a score table: a requirement or an area.
struct ScoreLineView: Sendable, Encodable {
    let id: String
    let title: String
    let score: String
    let controls: Int
    /// "25 of 40", the weights behind the score.
    let weights: String

    init(_ line: ScoreSummary.Line) {
        id = line.id
        title = line.title
        score = ReportSummary.score(line.score)
        controls = line.controls
        weights = "\(line.credit.formatted(maxFractionDigits: 1)) of \(line.weight.formatted(maxFractionDigits: 1))"
    }
}

extension ScoreLineView: TemplateRepresentable {
    var templateValue: TemplateValue {
        .object([
            "id": .text(id), "title": .text(title), "score": .text(score), "controls": .integer(controls),
            "weights": .text(weights),
        ])
    }
}
