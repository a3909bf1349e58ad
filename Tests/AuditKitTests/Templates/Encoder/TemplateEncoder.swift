@testable import AuditKit

/// Turns an `Encodable` report view model into the `TemplateValue` its templates read: an
/// object keyed by property name for a struct, a list for an array.
///
/// The synthesized `encode(to:)` of a view model names its properties without reflection.
/// Strings, numbers and booleans become leaves, a nil optional becomes `.null` (empty, and not
/// looked up further out), and a value that encodes itself as one value (a `Day`, a raw-value
/// enum) becomes that value.
final class TemplateEncoder: Encoder {
    let codingPath: [any CodingKey]
    var userInfo: [CodingUserInfoKey: Any] { [:] }
    private(set) var content = TemplateContent.none

    init(codingPath: [any CodingKey]) { self.codingPath = codingPath }

    /// The template tree of `value`.
    static func tree<T: Encodable>(of value: T) throws -> TemplateValue? {
        try tree(of: value, at: [])
    }

    /// The template tree of `value`, which sits at `codingPath`.
    static func tree<T: Encodable>(of value: T, at codingPath: [any CodingKey]) throws -> TemplateValue? {
        switch value {
        case let leaf as String: return .text(leaf)
        case let leaf as Int: return .integer(leaf)
        case let leaf as Double: return .number(leaf)
        case let leaf as Bool: return .flag(leaf)
        default:
            let encoder = TemplateEncoder(codingPath: codingPath)
            try value.encode(to: encoder)
            return encoder.content.value
        }
    }

    func container<Key: CodingKey>(keyedBy type: Key.Type) -> KeyedEncodingContainer<Key> {
        let object = content.object ?? TemplateObject()
        content = .object(object)
        return KeyedEncodingContainer(TemplateKeyedContainer<Key>(object: object, codingPath: codingPath))
    }

    func unkeyedContainer() -> any UnkeyedEncodingContainer {
        let list = content.list ?? TemplateList()
        content = .list(list)
        return TemplateUnkeyedContainer(list: list, codingPath: codingPath)
    }

    func singleValueContainer() -> any SingleValueEncodingContainer {
        TemplateSingleValueContainer(encoder: self)
    }

    /// Sets the encoder's one value (see `TemplateSingleValueContainer`).
    func setSingle(_ value: TemplateValue?) { content = .single(value) }
}
