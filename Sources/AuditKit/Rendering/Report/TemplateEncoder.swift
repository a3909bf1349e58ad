/// Turns an `Encodable` report view model into the `[String: Any]` dictionaries and `[Any]`
/// arrays Mustache looks names up in, keyed by property name.
///
/// Mustache reflects a plain struct with `Mirror` on every lookup, in each enclosing context
/// until one has the name; reflecting each view model once with `Mirror` still cost a quarter
/// of rendering the HTML report. The synthesized `encode(to:)` of a view model names its
/// properties without reflection. Strings, numbers and booleans are kept as they are, a nil
/// optional becomes `TemplateNull` (empty, and not looked up further out), and a value that
/// encodes itself as one value (a `Day`, a raw-value enum) becomes that value.
final class TemplateEncoder: Encoder {
    let codingPath: [any CodingKey]
    var userInfo: [CodingUserInfoKey: Any] { [:] }
    private var content = TemplateContent.none

    init(codingPath: [any CodingKey]) { self.codingPath = codingPath }

    /// The template tree of `value`.
    static func tree<T: Encodable>(of value: T) throws -> Any? {
        try tree(of: value, at: [])
    }

    /// The template tree of `value`, which sits at `codingPath`.
    static func tree<T: Encodable>(of value: T, at codingPath: [any CodingKey]) throws -> Any? {
        switch value {
        case let leaf as String: return leaf
        case let leaf as Int: return leaf
        case let leaf as Double: return leaf
        case let leaf as Bool: return leaf
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
    func setSingle(_ value: Any?) { content = .single(value) }

    /// `field` with a nested container's encoder replaced by the value it was given.
    static func finished(_ field: Any) -> Any? {
        (field as? TemplateEncoder).map(\.content.value) ?? field
    }
}
