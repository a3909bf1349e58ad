/// A keyed container filling a `TemplateObject`: each value is stored under its property name.
struct TemplateKeyedContainer<Key: CodingKey>: KeyedEncodingContainerProtocol {
    let object: TemplateObject
    let codingPath: [any CodingKey]

    mutating func encodeNil(forKey key: Key) {}
    mutating func encode(_ value: Bool, forKey key: Key) { object.fields[key.stringValue] = value }
    mutating func encode(_ value: String, forKey key: Key) { object.fields[key.stringValue] = value }
    mutating func encode(_ value: Int, forKey key: Key) { object.fields[key.stringValue] = value }
    mutating func encode(_ value: Double, forKey key: Key) { object.fields[key.stringValue] = value }

    mutating func encode<T: Encodable>(_ value: T, forKey key: Key) throws {
        object.fields[key.stringValue] = try TemplateEncoder.tree(of: value, at: codingPath + [key])
    }

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
        object.fields[name] = child
        object.holdsEncoders = true
        return child
    }
}
