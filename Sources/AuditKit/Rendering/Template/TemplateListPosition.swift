/// Where a section over a list is: `{{#first()}}`, `{{#last()}}`, `{{index()}}`, `{{#even()}}`
/// and `{{#odd()}}` read it.
struct TemplateListPosition {
    let index: Int
    let count: Int

    /// The value `name()` stands for here, or nil for a name that is not a position.
    func value(of name: String) -> TemplateValue? {
        switch name {
        case "first": .flag(index == 0)
        case "last": .flag(index == count - 1)
        case "index": .integer(index)
        case "even": .flag(index & 1 == 0)
        case "odd": .flag(index & 1 == 1)
        default: nil
        }
    }
}
