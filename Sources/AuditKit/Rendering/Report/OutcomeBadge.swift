/// How an outcome is shown in a report: a word and a symbol as well as a colour, so the status
/// never rests on colour alone and survives greyscale printing.
struct OutcomeBadge: Sendable, Encodable {
    /// The outcome's raw value, used as the CSS class suffix (`outcome-failed`).
    let outcome: String
    /// Human label, e.g. "not reviewed".
    let label: String
    /// A symbol that tells the outcomes apart without colour.
    let symbol: String

    init(_ outcome: Outcome) {
        self.outcome = outcome.rawValue
        label = outcome.rawValue.split(separator: "-").joined(separator: " ")
        symbol = switch outcome {
        case .passed: "✓"
        case .failed: "✗"
        case .notReviewed: "?"
        case .notApplicable: "–"
        case .waived: "≈"
        case .error: "!"
        }
    }
}

extension OutcomeBadge: TemplateRepresentable {
    var templateValue: TemplateValue {
        .object(["outcome": .text(outcome), "label": .text(label), "symbol": .text(symbol)])
    }
}
