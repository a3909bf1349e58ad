import Yams

/// A sequence decoded element by element.
struct NodeUnkeyedContainer: UnkeyedDecodingContainer {
    let decoder: NodeDecoder
    let elements: [Node]
    private(set) var currentIndex = 0

    init(decoder: NodeDecoder, elements: [Node]) { (self.decoder, self.elements) = (decoder, elements) }

    var codingPath: [any CodingKey] { decoder.codingPath }
    var count: Int? { elements.count }
    var isAtEnd: Bool { currentIndex >= elements.count }

    mutating func decodeNil() throws -> Bool {
        let isNil = try current(Any?.self).decodeNil()
        if isNil { currentIndex += 1 }
        return isNil
    }

    mutating func decode<T: Decodable & ScalarConstructible>(_ type: T.Type) throws -> T {
        try advancing { try $0.decode(type) }
    }

    mutating func decode<T: Decodable>(_ type: T.Type) throws -> T {
        try advancing { try $0.decode(type) }
    }

    mutating func nestedContainer<NestedKey: CodingKey>(keyedBy type: NestedKey.Type)
        throws -> KeyedDecodingContainer<NestedKey> {
        try advancing { try $0.container(keyedBy: type) }
    }

    mutating func nestedUnkeyedContainer() throws -> any UnkeyedDecodingContainer {
        try advancing { try $0.unkeyedContainer() }
    }

    mutating func superDecoder() throws -> any Decoder { try advancing { $0 } }

    private func current<T>(_ type: T.Type) throws -> NodeDecoder {
        let key = AnyCodingKey(intValue: currentIndex)
        guard !isAtEnd else {
            throw DecodingError.valueNotFound(type, .init(codingPath: codingPath + [key],
                                                          debugDescription: "Unkeyed container is at end."))
        }
        return decoder.child(elements[currentIndex], at: key)
    }

    private mutating func advancing<T>(_ body: (NodeDecoder) throws -> T) throws -> T {
        let value = try body(current(T.self))
        currentIndex += 1
        return value
    }
}
