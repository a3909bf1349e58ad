/// An unkeyed container writing into a `JSONArrayBuilder`.
struct JSONUnkeyedContainer: UnkeyedEncodingContainer {
    /// The encoder of the array: parent of its elements' encoders.
    let encoder: JSONTreeEncoder
    /// The array's elements.
    let array: JSONArrayBuilder

    /// The keys from the root to the array.
    var codingPath: [any CodingKey] { encoder.codingPath }

    /// How many elements were written.
    var count: Int { array.count }

    mutating func encodeNil() throws { array.append(.null) }
    mutating func encode(_ value: Bool) throws { array.append(.bool(value)) }
    mutating func encode(_ value: String) throws { array.append(.string(value)) }
    mutating func encode(_ value: Double) throws {
        array.append(try encoder.number(value, at: nextKey))
    }

    mutating func encode(_ value: Float) throws {
        array.append(try encoder.number(value, at: nextKey))
    }

    mutating func encode(_ value: Int) throws { array.append(.integer(value)) }
    mutating func encode(_ value: Int8) throws { array.append(.integer(value)) }
    mutating func encode(_ value: Int16) throws { array.append(.integer(value)) }
    mutating func encode(_ value: Int32) throws { array.append(.integer(value)) }
    mutating func encode(_ value: Int64) throws { array.append(.integer(value)) }
    mutating func encode(_ value: UInt) throws { array.append(.integer(value)) }
    mutating func encode(_ value: UInt8) throws { array.append(.integer(value)) }
    mutating func encode(_ value: UInt16) throws { array.append(.integer(value)) }
    mutating func encode(_ value: UInt32) throws { array.append(.integer(value)) }
    mutating func encode(_ value: UInt64) throws { array.append(.integer(value)) }

    @available(macOS 15.0, iOS 18.0, tvOS 18.0, watchOS 11.0, visionOS 2.0, *)
    mutating func encode(_ value: Int128) throws { array.append(.integer(value)) }

    @available(macOS 15.0, iOS 18.0, tvOS 18.0, watchOS 11.0, visionOS 2.0, *)
    mutating func encode(_ value: UInt128) throws { array.append(.integer(value)) }

    mutating func encode<T: Encodable>(_ value: T) throws {
        array.append(try encoder.box(value, at: nextKey))
    }

    mutating func nestedContainer<NestedKey: CodingKey>(keyedBy keyType: NestedKey.Type)
        -> KeyedEncodingContainer<NestedKey> {
        let nested = JSONObjectBuilder()
        let child = encoder.child(at: nextKey)
        array.append(pending: .object(nested))
        return KeyedEncodingContainer(JSONKeyedContainer<NestedKey>(encoder: child, object: nested))
    }

    mutating func nestedUnkeyedContainer() -> any UnkeyedEncodingContainer {
        let nested = JSONArrayBuilder()
        let child = encoder.child(at: nextKey)
        array.append(pending: .array(nested))
        return JSONUnkeyedContainer(encoder: child, array: nested)
    }

    /// An encoder whose value takes the next position when the array is built.
    mutating func superEncoder() -> any Encoder {
        let child = encoder.child(at: nextKey)
        array.append(pending: .encoder(child))
        return child
    }

    /// The coding key of the element written next.
    private var nextKey: JSONCodingKey { .index(array.count) }
}
