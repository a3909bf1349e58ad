import Yams

/// A mapping seen through its coding keys. (The loader rejects duplicate keys before decoding;
/// were one to slip through, its last pair would win, as in Yams.)
struct NodeKeyedContainer<Key: CodingKey>: KeyedDecodingContainerProtocol {
    let decoder: NodeDecoder
    let pairs: [(key: String, value: Node)]

    var codingPath: [any CodingKey] { decoder.codingPath }
    var allKeys: [Key] { pairs.compactMap { Key(stringValue: $0.key) } }

    func contains(_ key: Key) -> Bool { value(for: key.stringValue) != nil }

    func decodeNil(forKey key: Key) throws -> Bool { try child(key).decodeNil() }

    func decode<T: Decodable & ScalarConstructible>(_ type: T.Type, forKey key: Key) throws -> T {
        try child(key).decode(type)
    }

    func decode<T: Decodable>(_ type: T.Type, forKey key: Key) throws -> T {
        try child(key).decode(type)
    }

    func nestedContainer<NestedKey: CodingKey>(keyedBy type: NestedKey.Type,
                                               forKey key: Key) throws -> KeyedDecodingContainer<NestedKey> {
        try child(key).container(keyedBy: type)
    }

    func nestedUnkeyedContainer(forKey key: Key) throws -> any UnkeyedDecodingContainer {
        try child(key).unkeyedContainer()
    }

    func superDecoder() throws -> any Decoder { try child(AnyCodingKey(stringValue: "super")) }

    func superDecoder(forKey key: Key) throws -> any Decoder { try child(key) }

    private func value(for key: String) -> Node? {
        pairs.last { $0.key == key }?.value
    }

    private func child(_ key: any CodingKey) throws -> NodeDecoder {
        guard let node = value(for: key.stringValue) else {
            throw DecodingError.keyNotFound(key, .init(codingPath: codingPath, debugDescription:
                "No value associated with key \(key) (\"\(key.stringValue)\")."))
        }
        return decoder.child(node, at: key)
    }
}
