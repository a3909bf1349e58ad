extension String {
    /// The string with each ASCII byte that `substitute` maps replaced by its text, in one pass
    /// over the UTF-8 bytes: an ASCII byte never occurs inside a longer UTF-8 sequence, so no
    /// character is split. Unchanged text is returned as it is, without a copy.
    func substitutingASCII(_ substitute: (UInt8) -> StaticString?) -> String {
        let changed = utf8.withContiguousStorageIfAvailable { Self.substituting($0, substitute) }
            ?? Array(utf8).withUnsafeBufferPointer { Self.substituting($0, substitute) }
        return changed ?? self
    }

    /// `bytes` with each byte `substitute` maps replaced; nil when there is none. The bytes
    /// before the first are copied at once.
    private static func substituting(_ bytes: UnsafeBufferPointer<UInt8>,
                                     _ substitute: (UInt8) -> StaticString?) -> String? {
        guard let first = bytes.firstIndex(where: { $0 < 0x80 && substitute($0) != nil }) else { return nil }
        var output: [UInt8] = []
        output.reserveCapacity(bytes.count + 16)
        output.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[..<first]))
        for byte in UnsafeBufferPointer(rebasing: bytes[first...]) {
            if byte < 0x80, let replacement = substitute(byte) {
                replacement.withUTF8Buffer { output.append(contentsOf: $0) }
            } else {
                output.append(byte)
            }
        }
        return String(decoding: output, as: UTF8.self)
    }
}
