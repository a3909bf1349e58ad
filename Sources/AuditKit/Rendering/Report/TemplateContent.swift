/// What a `TemplateEncoder` has been given: nothing yet, an object, a list or one value.
enum TemplateContent {
    case none
    case object(TemplateObject)
    case list(TemplateList)
    case single(Any?)

    /// The object being filled, if this is one.
    var object: TemplateObject? {
        if case .object(let object) = self { object } else { nil }
    }

    /// The list being filled, if this is one.
    var list: TemplateList? {
        if case .list(let list) = self { list } else { nil }
    }

    /// The finished value for Mustache: `[String: Any]`, `[Any]`, a leaf, or nil.
    var value: Any? {
        switch self {
        case .none: nil
        case .object(let object): object.finished
        case .list(let list): list.finished
        case .single(let value): value
        }
    }
}

/// The fields of an object being encoded, shared by its keyed containers.
final class TemplateObject {
    var fields: [String: Any] = [:]
    /// Whether a field is an encoder of a nested container, to be read when finished.
    var holdsEncoders = false

    /// The fields, nested containers' values read out.
    var finished: [String: Any] {
        holdsEncoders ? fields.compactMapValues(TemplateEncoder.finished) : fields
    }
}

/// The items of a list being encoded, shared by its unkeyed containers.
final class TemplateList {
    var items: [Any] = []
    /// Whether an item is an encoder of a nested container, to be read when finished.
    var holdsEncoders = false

    /// The items, nested containers' values read out.
    var finished: [Any] {
        holdsEncoders ? items.compactMap(TemplateEncoder.finished) : items
    }
}

/// A coding key for nested containers' paths.
struct TemplateKey: CodingKey {
    let stringValue: String
    let intValue: Int?

    init(_ name: String) { (stringValue, intValue) = (name, nil) }
    init(index: Int) { (stringValue, intValue) = ("\(index)", index) }
    init?(stringValue: String) { self.init(stringValue) }
    init?(intValue: Int) { self.init(index: intValue) }
}
