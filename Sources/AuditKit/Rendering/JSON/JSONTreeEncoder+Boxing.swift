import Foundation

/// Turning one `Encodable` value into a `JSONValue`, with Foundation's special cases.
extension JSONTreeEncoder {
    /// The JSON for `value` at `key` of this encoder's container (`nil`: this encoder's own
    /// single value). A value that writes nothing becomes `{}`, as in Foundation.
    /// - Throws: `EncodingError.invalidValue` for NaN or infinity, or what `encode(to:)` throws.
    func box<T: Encodable>(_ value: T, at key: (any CodingKey)?) throws -> JSONValue {
        try boxIfAny(value, at: key) ?? .object([])
    }

    /// The JSON for `value`, or `nil` when its `encode(to:)` wrote nothing.
    /// - Throws: `EncodingError.invalidValue` for NaN or infinity, or what `encode(to:)` throws.
    func boxIfAny<T: Encodable>(_ value: T, at key: (any CodingKey)?) throws -> JSONValue? {
        if let primitive = try primitive(value, at: key) { return primitive }
        if let tree = try resultTree(value) { return tree }
        if let special = special(value) { return special }
        if context.snakeCase != nil, let dictionary = value as? any JSONStringKeyedDictionary {
            let encoder = key.map(child(at:)) ?? self
            var members = try dictionary.jsonMembers(encodedBy: encoder)
            JSONKeyOrder.sortAndDeduplicate(&members)
            return .object(members)
        }
        let encoder: JSONTreeEncoder
        if let key { encoder = child(at: key) } else {
            encoder = self
            storage = .empty
        }
        try value.encode(to: encoder)
        return encoder.take()
    }

    /// A finite number's JSON.
    /// - Throws: `EncodingError.invalidValue` for NaN and infinities, as Foundation does.
    func number<F: BinaryFloatingPoint & CustomStringConvertible>(
        _ value: F, at key: (any CodingKey)?
    ) throws -> JSONValue {
        if let number = JSONValue.float(value) { return number }
        throw EncodingError.invalidValue(value, EncodingError.Context(
            codingPath: codingPath + (key.map { [$0] } ?? []),
            debugDescription: "Unable to encode \(F.self).\(value) directly in JSON."))
    }

    /// Strings, booleans, numbers and `[String]`, without an encoder of their own: metatype
    /// comparisons cost far less than the casts Foundation tries on every value.
    private func primitive<T: Encodable>(_ value: T, at key: (any CodingKey)?) throws
        -> JSONValue? {
        if T.self == String.self, let string = value as? String { return .string(string) }
        if T.self == [String].self, let strings = value as? [String] {
            return .array(strings.map(JSONValue.string))
        }
        if T.self == Double.self, let double = value as? Double {
            return try number(double, at: key)
        }
        if T.self == Bool.self, let bool = value as? Bool { return .bool(bool) }
        if T.self == Int.self, let int = value as? Int { return .integer(int) }
        if T.self == Float.self, let float = value as? Float { return try number(float, at: key) }
        return sizedInteger(value)
    }

    /// The other fixed-width integers.
    private func sizedInteger<T: Encodable>(_ value: T) -> JSONValue? {
        if T.self == Int8.self, let int = value as? Int8 { return .integer(int) }
        if T.self == Int16.self, let int = value as? Int16 { return .integer(int) }
        if T.self == Int32.self, let int = value as? Int32 { return .integer(int) }
        if T.self == Int64.self, let int = value as? Int64 { return .integer(int) }
        if T.self == UInt.self, let int = value as? UInt { return .integer(int) }
        if T.self == UInt8.self, let int = value as? UInt8 { return .integer(int) }
        if T.self == UInt16.self, let int = value as? UInt16 { return .integer(int) }
        if T.self == UInt32.self, let int = value as? UInt32 { return .integer(int) }
        if T.self == UInt64.self, let int = value as? UInt64 { return .integer(int) }
        return nil
    }

    /// The Foundation types `JSONEncoder` writes its own way under its default strategies:
    /// `Data` as Base64, `URL` as its absolute string, `Decimal` as a number. (`Date` needs
    /// nothing: the default `.deferredToDate` is `Date`'s own `encode(to:)`.)
    private func special<T: Encodable>(_ value: T) -> JSONValue? {
        if T.self == Data.self, let data = value as? Data {
            return .string(data.base64EncodedString())
        }
        if T.self == URL.self, let url = value as? URL { return .string(url.absoluteString) }
        if T.self == Decimal.self, let decimal = value as? Decimal {
            return .number(decimal.description)
        }
        return nil
    }
}
