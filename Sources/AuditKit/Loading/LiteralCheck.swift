/// Whether a condition literal can ever equal a value of a field type.
enum LiteralCheck {
    static func fits(_ literal: String, _ type: FieldType) -> Bool {
        switch type {
        case .boolean: ScalarSyntax.boolean(literal) != nil
        case .integer(let range): ScalarSyntax.integer(literal).map(range.contains) ?? false
        case .number(let range): ScalarSyntax.number(literal).map(range.contains) ?? false
        case .date: Day(iso: literal) != nil
        case .choice(let values): values.contains(literal)
        case .market: MarketCode.problem(literal) == nil
        case .text, .evidenceReference: true
        case .list, .object: false
        }
    }
}
