extension String {
    /// The string with each ASCII byte that `substitute` maps replaced by its text, in one pass
    /// over the UTF-8 bytes: an ASCII byte never occurs inside a longer UTF-8 sequence, so no
    /// character is split. Unchanged text is returned as it is, without a copy.
    func substitutingASCII(_ substitute: (UInt8) -> StaticString?) -> String {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(utf8.count + 16)
        var changed = false
        for byte in utf8 {
            guard byte < 0x80, let replacement = substitute(byte) else {
                bytes.append(byte)
                continue
            }
            replacement.withUTF8Buffer { bytes.append(contentsOf: $0) }
            changed = true
        }
        return changed ? String(decoding: bytes, as: UTF8.self) : self
    }
}
