/// A value a report template reads: what a view model's `templateValue` gives.
///
/// A closed set, so rendering switches over it instead of casting `Any` (each first cast of a
/// type to a protocol scans every conformance record in the binary).
indirect enum TemplateValue: Equatable, Sendable {
    case text(String)
    case integer(Int)
    case number(Double)
    case flag(Bool)
    case list([TemplateValue])
    case object([String: TemplateValue])
    /// A nil optional: found where it is, so the name is not looked up further out, and empty.
    case null

    /// The field `name` of an object; nil for anything else or a missing field.
    func child(_ name: String) -> TemplateValue? {
        if case .object(let fields) = self { fields[name] } else { nil }
    }

    /// The value at `path` below this one, field by field.
    func descendant<Path: Collection<String>>(_ path: Path) -> TemplateValue? {
        var value = self
        for name in path {
            guard let child = value.child(name) else { return nil }
            value = child
        }
        return value
    }

    /// The text `{{name}}` prints, before escaping: nothing for a nil value, a list or an object.
    var printed: String {
        switch self {
        case .text(let text): text
        case .integer(let integer): String(integer)
        case .number(let number): String(describing: number)
        case .flag(let flag): flag ? "true" : "false"
        case .list, .object, .null: ""
        }
    }
}
