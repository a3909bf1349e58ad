/// `[String: some Encodable]`, whose keys Foundation's `JSONEncoder` writes as they are even
/// when it converts keys to snake_case (Foundation's `_JSONStringDictionaryEncodableMarker`).
protocol JSONStringKeyedDictionary {
    /// The members, each value encoded below `encoder`, in no particular order.
    /// - Throws: what encoding a value throws.
    func jsonMembers(encodedBy encoder: JSONTreeEncoder) throws -> [JSONMember]
}

extension Dictionary: JSONStringKeyedDictionary where Key == String, Value: Encodable {
    func jsonMembers(encodedBy encoder: JSONTreeEncoder) throws -> [JSONMember] {
        try map { key, value in
            JSONMember(key: key, value: try encoder.box(value, at: JSONCodingKey.name(key)))
        }
    }
}
