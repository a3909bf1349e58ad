import Foundation
import Yams

/// Decodes `Decodable` models straight from a composed YAML node tree.
///
/// It follows Yams' `YAMLDecoder` rule for rule — scalars are built by Yams' own
/// `ScalarConstructible` conformances and errors are the same `DecodingError`s with the same
/// coding paths — but it looks keys up in the mapping's own pairs instead of copying and
/// re-flattening the mapping for every container and key, which made decoding the built-in
/// checklist the largest cost of an audit. Merge keys (`<<`) are plain keys here, as they are
/// for Yams after `FastTagging`: strict models reject them as unknown.
struct NodeDecoder: Decoder {
    /// The node being decoded.
    let node: Node
    let codingPath: [any CodingKey]
    let userInfo: [CodingUserInfoKey: Any]

    /// A decoder for `node` at `codingPath`.
    init(_ node: Node, codingPath: [any CodingKey] = [], userInfo: [CodingUserInfoKey: Any] = [:]) {
        (self.node, self.codingPath, self.userInfo) = (node, codingPath, userInfo)
    }

    /// Decodes `type` from `node`.
    static func decode<T: Decodable>(_ type: T.Type, from node: Node,
                                     userInfo: [CodingUserInfoKey: Any] = [:]) throws -> T {
        try NodeDecoder(node, userInfo: userInfo).decode(type)
    }

    func container<Key: CodingKey>(keyedBy type: Key.Type) throws -> KeyedDecodingContainer<Key> {
        KeyedDecodingContainer(NodeKeyedContainer<Key>(decoder: self, pairs: try pairs()))
    }

    func unkeyedContainer() throws -> any UnkeyedDecodingContainer {
        guard case .sequence(let sequence) = node else {
            throw typeMismatch(Node.Sequence.self)
        }
        return NodeUnkeyedContainer(decoder: self, elements: Array(sequence))
    }

    func singleValueContainer() throws -> any SingleValueDecodingContainer { self }

    /// A keyed container that first rejects any key not in `allowed` (see `strictContainer`),
    /// reading the mapping's pairs once for both.
    /// - Throws: `UnknownKeyError` for the first key not allowed, or Yams' type mismatch.
    func container<Key: CodingKey>(keyedBy type: Key.Type, allowing allowed: [String]) throws
        -> KeyedDecodingContainer<Key> {
        let pairs = try pairs()
        if let unknown = pairs.first(where: { !allowed.contains($0.key) })?.key {
            throw UnknownKeyError(codingPath: codingPath + [AnyCodingKey(stringValue: unknown)], key: unknown,
                                  allowed: allowed)
        }
        return KeyedDecodingContainer(NodeKeyedContainer<Key>(decoder: self, pairs: pairs))
    }

    /// A decoder for `child`, one step further along the coding path.
    func child(_ child: Node, at key: any CodingKey) -> NodeDecoder {
        NodeDecoder(child, codingPath: codingPath + [key], userInfo: userInfo)
    }

    /// The mapping's pairs with scalar keys.
    private func pairs() throws -> [(key: String, value: Node)] {
        guard case .mapping(let mapping) = node else { throw typeMismatch(Node.Mapping.self) }
        return mapping.compactMap { pair in pair.key.string.map { ($0, pair.value) } }
    }

    /// Yams' error for a node of the wrong kind.
    func typeMismatch(_ expected: Any.Type) -> DecodingError {
        let reality: Any.Type = switch node {
        case .scalar: Node.Scalar.self
        case .mapping: Node.Mapping.self
        case .sequence: Node.Sequence.self
        case .alias: Node.Alias.self
        }
        return .typeMismatch(expected, .init(codingPath: codingPath, debugDescription:
            "Expected to decode \(expected) but found \(reality) instead."))
    }
}
