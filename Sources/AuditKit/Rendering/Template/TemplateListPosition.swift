/// Where a section over a list is: `{{#first()}}`, `{{#last()}}`, `{{index()}}`, `{{#even()}}`
/// and `{{#odd()}}` read it.
struct TemplateListPosition {
    let index: Int
    let count: Int

    /// The value of the first transform, with the rest applied to it.
    func value(of transforms: [String]) -> TemplateValue? {
        guard let first = transforms.first else { return nil }
        var value: TemplateValue?
        switch first {
        case "first": value = .flag(index == 0)
        case "last": value = .flag(index == count - 1)
        case "index": value = .integer(index)
        case "even": value = .flag(index & 1 == 0)
        case "odd": value = .flag(index & 1 == 1)
        default: return nil
        }
        for transform in transforms.dropFirst() { value = value?.transformed(by: transform) }
        return value
    }
}
