import Foundation

extension TemplateValue {
    /// The value of the transform `name(value)`, or nil when it does not apply to this kind of
    /// value (the tag then prints nothing, and a section over it is skipped).
    ///
    /// Lists: `empty`, `count`, `first`, `last`, `reversed`, `sorted` (texts or numbers).
    /// Objects: `empty`, `count`. Texts: `empty`, `uppercased`, `lowercased`, `capitalized`,
    /// `reversed`. Integers: `equalzero`, `plusone`, `minusone`, `even`, `odd`.
    func transformed(by name: String) -> TemplateValue? {
        switch self {
        case .list(let items): Self.transform(items, name)
        case .object(let fields): Self.transform(count: fields.count, name)
        case .text(let text): Self.transform(text, name)
        case .integer(let integer): Self.transform(integer, name)
        case .number, .flag, .null: nil
        }
    }

    private static func transform(_ items: [TemplateValue], _ name: String) -> TemplateValue? {
        switch name {
        case "first": items.first ?? .null
        case "last": items.last ?? .null
        case "reversed": .list(items.reversed())
        case "sorted": sorted(items).map(TemplateValue.list)
        default: transform(count: items.count, name)
        }
    }

    private static func transform(count: Int, _ name: String) -> TemplateValue? {
        switch name {
        case "count": .integer(count)
        case "empty": .flag(count == 0)
        default: nil
        }
    }

    private static func transform(_ text: String, _ name: String) -> TemplateValue? {
        switch name {
        case "empty": .flag(text.isEmpty)
        case "uppercased": .text(text.uppercased())
        case "lowercased": .text(text.lowercased())
        case "capitalized": .text(text.capitalized)
        case "reversed": .text(String(text.reversed()))
        default: nil
        }
    }

    private static func transform(_ integer: Int, _ name: String) -> TemplateValue? {
        switch name {
        case "equalzero": .flag(integer == 0)
        case "plusone": .integer(integer &+ 1)
        case "minusone": .integer(integer &- 1)
        case "even": .flag(integer & 1 == 0)
        case "odd": .flag(integer & 1 == 1)
        default: nil
        }
    }

    /// The items in order, if they are all texts or all numbers.
    private static func sorted(_ items: [TemplateValue]) -> [TemplateValue]? {
        let texts = items.compactMap { if case .text(let text) = $0 { text } else { nil } }
        if texts.count == items.count { return texts.sorted().map(TemplateValue.text) }
        let numbers = items.compactMap(\.numeric)
        guard numbers.count == items.count else { return nil }
        return zip(items, numbers).sorted { $0.1 < $1.1 }.map(\.0)
    }

    private var numeric: Double? {
        switch self {
        case .integer(let integer): Double(integer)
        case .number(let number): number
        default: nil
        }
    }
}
