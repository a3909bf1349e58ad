/// A keyed container writing into a `JSONObjectBuilder`, keys converted as the context says.
struct JSONKeyedContainer<Key: CodingKey>: KeyedEncodingContainerProtocol {
    /// The encoder of the object: parent of its members' encoders.
    let encoder: JSONTreeEncoder
    /// The object's members.
    let object: JSONObjectBuilder

    /// The keys from the root to the object.
    var codingPath: [any CodingKey] { encoder.codingPath }

    mutating func encodeNil(forKey key: Key) throws { set(.null, key) }
    mutating func encode(_ value: Bool, forKey key: Key) throws { set(.bool(value), key) }
    mutating func encode(_ value: String, forKey key: Key) throws { set(.string(value), key) }
    mutating func encode(_ value: Double, forKey key: Key) throws {
        set(try encoder.number(value, at: key), key)
    }

    mutating func encode(_ value: Float, forKey key: Key) throws {
        set(try encoder.number(value, at: key), key)
    }

    mutating func encode(_ value: Int, forKey key: Key) throws { set(.integer(value), key) }
    mutating func encode(_ value: Int8, forKey key: Key) throws { set(.integer(value), key) }
    mutating func encode(_ value: Int16, forKey key: Key) throws { set(.integer(value), key) }
    mutating func encode(_ value: Int32, forKey key: Key) throws { set(.integer(value), key) }
    mutating func encode(_ value: Int64, forKey key: Key) throws { set(.integer(value), key) }
    mutating func encode(_ value: UInt, forKey key: Key) throws { set(.integer(value), key) }
    mutating func encode(_ value: UInt8, forKey key: Key) throws { set(.integer(value), key) }
    mutating func encode(_ value: UInt16, forKey key: Key) throws { set(.integer(value), key) }
    mutating func encode(_ value: UInt32, forKey key: Key) throws { set(.integer(value), key) }
    mutating func encode(_ value: UInt64, forKey key: Key) throws { set(.integer(value), key) }

    @available(macOS 15.0, iOS 18.0, tvOS 18.0, watchOS 11.0, visionOS 2.0, *)
    mutating func encode(_ value: Int128, forKey key: Key) throws { set(.integer(value), key) }

    @available(macOS 15.0, iOS 18.0, tvOS 18.0, watchOS 11.0, visionOS 2.0, *)
    mutating func encode(_ value: UInt128, forKey key: Key) throws { set(.integer(value), key) }

    mutating func encode<T: Encodable>(_ value: T, forKey key: Key) throws {
        set(try encoder.box(value, at: key), key)
    }

    mutating func nestedContainer<NestedKey: CodingKey>(
        keyedBy keyType: NestedKey.Type, forKey key: Key
    ) -> KeyedEncodingContainer<NestedKey> {
        let nested = object.nestedObject(for: encoder.context.name(for: key))
        let child = encoder.child(at: key)
        return KeyedEncodingContainer(JSONKeyedContainer<NestedKey>(encoder: child, object: nested))
    }

    mutating func nestedUnkeyedContainer(forKey key: Key) -> any UnkeyedEncodingContainer {
        let nested = object.nestedArray(for: encoder.context.name(for: key))
        return JSONUnkeyedContainer(encoder: encoder.child(at: key), array: nested)
    }

    mutating func superEncoder() -> any Encoder { superEncoder(at: JSONCodingKey.superKey) }

    mutating func superEncoder(forKey key: Key) -> any Encoder { superEncoder(at: key) }

    /// An encoder whose value goes under `key` when the object is built.
    private func superEncoder(at key: some CodingKey) -> any Encoder {
        let child = encoder.child(at: key)
        object.set(pending: .encoder(child), for: encoder.context.name(for: key))
        return child
    }

    private func set(_ value: JSONValue, _ key: Key) {
        object.set(value, for: encoder.context.name(for: key))
    }
}
