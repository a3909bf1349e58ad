/// The encoder is its own single-value container, as in Foundation.
extension JSONTreeEncoder: SingleValueEncodingContainer {
    func encodeNil() throws { storage = .value(.null) }
    func encode(_ value: Bool) throws { storage = .value(.bool(value)) }
    func encode(_ value: String) throws { storage = .value(.string(value)) }
    func encode(_ value: Double) throws { storage = .value(try number(value, at: nil)) }
    func encode(_ value: Float) throws { storage = .value(try number(value, at: nil)) }
    func encode(_ value: Int) throws { storage = .value(.integer(value)) }
    func encode(_ value: Int8) throws { storage = .value(.integer(value)) }
    func encode(_ value: Int16) throws { storage = .value(.integer(value)) }
    func encode(_ value: Int32) throws { storage = .value(.integer(value)) }
    func encode(_ value: Int64) throws { storage = .value(.integer(value)) }
    func encode(_ value: UInt) throws { storage = .value(.integer(value)) }
    func encode(_ value: UInt8) throws { storage = .value(.integer(value)) }
    func encode(_ value: UInt16) throws { storage = .value(.integer(value)) }
    func encode(_ value: UInt32) throws { storage = .value(.integer(value)) }
    func encode(_ value: UInt64) throws { storage = .value(.integer(value)) }

    @available(macOS 15.0, iOS 18.0, tvOS 18.0, watchOS 11.0, visionOS 2.0, *)
    func encode(_ value: Int128) throws { storage = .value(.integer(value)) }

    @available(macOS 15.0, iOS 18.0, tvOS 18.0, watchOS 11.0, visionOS 2.0, *)
    func encode(_ value: UInt128) throws { storage = .value(.integer(value)) }

    func encode<T: Encodable>(_ value: T) throws {
        storage = .value(try box(value, at: nil))
    }
}
