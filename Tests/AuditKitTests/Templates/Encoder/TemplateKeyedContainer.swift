@testable import AuditKit

/// A keyed container filling a `TemplateObject`: each value is stored under its property name.
struct TemplateKeyedContainer<Key: CodingKey>: KeyedEncodingContainerProtocol {
    let object: TemplateObject
    let codingPath: [any CodingKey]

    mutating func encodeNil(forKey key: Key) { object.fields[key.stringValue] = .null }
    mutating func encode(_ value: Bool, forKey key: Key) { object.fields[key.stringValue] = .flag(value) }
    mutating func encode(_ value: String, forKey key: Key) { object.fields[key.stringValue] = .text(value) }
    mutating func encode(_ value: Int, forKey key: Key) { object.fields[key.stringValue] = .integer(value) }
    mutating func encode(_ value: Double, forKey key: Key) { object.fields[key.stringValue] = .number(value) }

    mutating func encode<T: Encodable>(_ value: T, forKey key: Key) throws {
        object.fields[key.stringValue] = try TemplateEncoder.tree(of: value, at: codingPath + [key])
    }

    /// A nil optional is kept as `.null`, which stops the template looking the name up
    /// further out.
    mutating func encodeIfPresent<T: Encodable>(_ value: T?, forKey key: Key) throws {
        guard let value else { return encodeNil(forKey: key) }
        try encode(value, forKey: key)
    }

    mutating func encodeIfPresent(_ value: String?, forKey key: Key) { set(value.map(TemplateValue.text), key) }

    mutating func encodeIfPresent(_ value: Int?, forKey key: Key) { set(value.map(TemplateValue.integer), key) }

    mutating func encodeIfPresent(_ value: Bool?, forKey key: Key) { set(value.map(TemplateValue.flag), key) }

    mutating func encodeIfPresent(_ value: Double?, forKey key: Key) { set(value.map(TemplateValue.number), key) }

    mutating func nestedContainer<NestedKey: CodingKey>(keyedBy keyType: NestedKey.Type,
                                                        forKey key: Key) -> KeyedEncodingContainer<NestedKey> {
        superEncoder(forKey: key).container(keyedBy: keyType)
    }

    mutating func nestedUnkeyedContainer(forKey key: Key) -> any UnkeyedEncodingContainer {
        superEncoder(forKey: key).unkeyedContainer()
    }

    mutating func superEncoder() -> any Encoder { superEncoder(named: "super") }

    mutating func superEncoder(forKey key: Key) -> any Encoder { superEncoder(named: key.stringValue) }

    /// An encoder whose value, once filled, is the field `name` (see `TemplateObject.finished`).
    private func superEncoder(named name: String) -> TemplateEncoder {
        let child = TemplateEncoder(codingPath: codingPath + [TemplateKey(name)])
        object.nested[name] = child
        return child
    }

    private func set(_ value: TemplateValue?, _ key: Key) { object.fields[key.stringValue] = value ?? .null }
}
