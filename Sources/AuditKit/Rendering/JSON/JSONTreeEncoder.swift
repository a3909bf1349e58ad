/// The `Encoder` handed to `encode(to:)`: it collects one value of the JSON tree.
///
/// A value's encoder keeps the encoder of its container as parent, only to answer `codingPath`.
/// Where Foundation stops with a precondition failure (asking for a keyed container after an
/// unkeyed one, encoding twice into a single-value container), this encoder keeps the last
/// request.
final class JSONTreeEncoder: Encoder {
    /// What has been written so far.
    enum Storage {
        /// Nothing yet.
        case empty
        /// A single value.
        case value(JSONValue)
        /// A keyed container.
        case object(JSONObjectBuilder)
        /// An unkeyed container.
        case array(JSONArrayBuilder)
    }

    /// Options and `userInfo` of the whole encoding.
    let context: JSONEncodingContext
    /// What has been written so far.
    var storage = Storage.empty
    private let parent: JSONTreeEncoder?
    private let key: (any CodingKey)?

    /// Creates the encoder of the value at `key` in `parent`'s container (the root when `nil`).
    init(context: JSONEncodingContext, parent: JSONTreeEncoder? = nil,
         key: (any CodingKey)? = nil) {
        (self.context, self.parent, self.key) = (context, parent, key)
    }

    /// The keys from the root to this value.
    var codingPath: [any CodingKey] {
        var path: [any CodingKey] = []
        var encoder: JSONTreeEncoder? = self
        while let current = encoder {
            if let key = current.key { path.append(key) }
            encoder = current.parent
        }
        return path.reversed()
    }

    /// The `userInfo` given to `CanonicalJSONEncoder`.
    var userInfo: [CodingUserInfoKey: Any] { context.userInfo }

    func container<Key: CodingKey>(keyedBy type: Key.Type) -> KeyedEncodingContainer<Key> {
        KeyedEncodingContainer(JSONKeyedContainer<Key>(encoder: self, object: objectBuilder()))
    }

    func unkeyedContainer() -> any UnkeyedEncodingContainer {
        JSONUnkeyedContainer(encoder: self, array: arrayBuilder())
    }

    func singleValueContainer() -> any SingleValueEncodingContainer { self }

    /// The encoder of the value at `key` in this encoder's container.
    func child(at key: any CodingKey) -> JSONTreeEncoder {
        JSONTreeEncoder(context: context, parent: self, key: key)
    }

    /// The finished value, or `nil` when nothing was written; the encoder is empty afterwards.
    func take() -> JSONValue? {
        defer { storage = .empty }
        switch storage {
        case .empty: return nil
        case .value(let value): return value
        case .object(let builder): return .object(builder.build())
        case .array(let builder): return .array(builder.build())
        }
    }

    /// The object being written, reused when asked for again as Foundation does.
    private func objectBuilder() -> JSONObjectBuilder {
        switch storage {
        case .object(let builder):
            return builder
        case .value(.object(let members)):
            return replaceStorage(with: JSONObjectBuilder(members: members))
        default:
            return replaceStorage(with: JSONObjectBuilder())
        }
    }

    /// The array being written, reused when asked for again as Foundation does.
    private func arrayBuilder() -> JSONArrayBuilder {
        switch storage {
        case .array(let builder):
            return builder
        case .value(.array(let elements)):
            return replaceStorage(with: JSONArrayBuilder(elements: elements))
        default:
            return replaceStorage(with: JSONArrayBuilder())
        }
    }

    private func replaceStorage(with builder: JSONObjectBuilder) -> JSONObjectBuilder {
        storage = .object(builder)
        return builder
    }

    private func replaceStorage(with builder: JSONArrayBuilder) -> JSONArrayBuilder {
        storage = .array(builder)
        return builder
    }
}
