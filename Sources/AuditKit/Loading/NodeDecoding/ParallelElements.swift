import Yams

extension KeyedDecodingContainer {
    /// The array under `key`, its elements decoded on every core when the decoder reads a
    /// composed YAML tree (`NodeDecoder`), one after another otherwise.
    ///
    /// For arrays of independent, sizeable elements, such as a checklist's controls. The tree is
    /// only read: `FastTagging` has made every tag explicit, so Yams never resolves one in
    /// place. A failure is the first failing element's, in order: the error a serial decode
    /// throws.
    func decodeElementsInParallel<T: Decodable & Sendable>(_ type: [T].Type, forKey key: Key) throws -> [T] {
        guard let decoder = try superDecoder(forKey: key) as? NodeDecoder,
              case .sequence(let sequence) = decoder.node, sequence.count > 1 else {
            return try decode(type, forKey: key)
        }
        let shared = ReadOnlyShare(decoder: decoder, elements: Array(sequence))
        let results = Parallel.map(shared.elements.count) { index in
            Result {
                try shared.decoder.child(shared.elements[index], at: AnyCodingKey(intValue: index)).decode(T.self)
            }
        }
        return try results.map { try $0.get() }
    }
}

/// A decoder and the nodes it reads, handed to other threads that only read them.
private struct ReadOnlyShare: @unchecked Sendable {
    let decoder: NodeDecoder
    let elements: [Node]
}
