@testable import AuditKit

/// An unkeyed container filling a `TemplateList`, element by element.
struct TemplateUnkeyedContainer: UnkeyedEncodingContainer {
    let list: TemplateList
    let codingPath: [any CodingKey]

    var count: Int { list.items.count }

    mutating func encodeNil() {}
    mutating func encode(_ value: Bool) { list.items.append(.flag(value)) }
    mutating func encode(_ value: String) { list.items.append(.text(value)) }
    mutating func encode(_ value: Int) { list.items.append(.integer(value)) }
    mutating func encode(_ value: Double) { list.items.append(.number(value)) }

    mutating func encode<T: Encodable>(_ value: T) throws {
        let path = codingPath + [TemplateKey(index: count)]
        if let tree = try TemplateEncoder.tree(of: value, at: path) { list.items.append(tree) }
    }

    mutating func nestedContainer<NestedKey: CodingKey>(keyedBy keyType: NestedKey.Type)
        -> KeyedEncodingContainer<NestedKey> {
        superEncoder().container(keyedBy: keyType)
    }

    mutating func nestedUnkeyedContainer() -> any UnkeyedEncodingContainer {
        superEncoder().unkeyedContainer()
    }

    /// An encoder whose value, once filled, is the next element (see `TemplateList.finished`).
    mutating func superEncoder() -> any Encoder {
        let child = TemplateEncoder(codingPath: codingPath + [TemplateKey(index: count)])
        list.nested[count] = child
        list.items.append(.null)
        return child
    }
}
