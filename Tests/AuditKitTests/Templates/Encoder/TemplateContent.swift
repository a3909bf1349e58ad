@testable import AuditKit

/// What a `TemplateEncoder` has been given: nothing yet, an object, a list or one value.
enum TemplateContent {
    case none
    case object(TemplateObject)
    case list(TemplateList)
    case single(TemplateValue?)

    /// The object being filled, if this is one.
    var object: TemplateObject? {
        if case .object(let object) = self { object } else { nil }
    }

    /// The list being filled, if this is one.
    var list: TemplateList? {
        if case .list(let list) = self { list } else { nil }
    }

    /// The finished value: an object, a list, a leaf, or nil.
    var value: TemplateValue? {
        switch self {
        case .none: nil
        case .object(let object): .object(object.finished)
        case .list(let list): .list(list.finished)
        case .single(let value): value
        }
    }
}

/// The fields of an object being encoded, shared by its keyed containers.
final class TemplateObject {
    var fields: [String: TemplateValue] = [:]
    /// The encoders of nested containers, read when finished.
    var nested: [String: TemplateEncoder] = [:]

    /// The fields, nested containers' values read out.
    var finished: [String: TemplateValue] {
        guard !nested.isEmpty else { return fields }
        return fields.merging(nested.compactMapValues(\.content.value)) { $1 }
    }
}

/// The items of a list being encoded, shared by its unkeyed containers.
final class TemplateList {
    var items: [TemplateValue] = []
    /// The encoders of nested containers, by the index they hold, read when finished.
    var nested: [Int: TemplateEncoder] = [:]

    /// The items, nested containers' values read out (one that got no value is left out).
    var finished: [TemplateValue] {
        guard !nested.isEmpty else { return items }
        return items.indices.compactMap { index in nested[index].map(\.content.value) ?? items[index] }
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
