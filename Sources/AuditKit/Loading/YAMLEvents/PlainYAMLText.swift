/// The characters `PlainYAMLScanner` takes: printable ASCII, line feeds, and the UTF-8 that
/// libyaml reads as printable and as neither a line break nor a byte order mark.
///
/// Tabs, carriage returns, other control characters, NEL, the line and paragraph separators,
/// U+FEFF, U+FFFE and U+FFFF, and malformed UTF-8 all go to libyaml.
enum PlainYAMLText {
    /// nil when `bytes` hold a character the scanner leaves to libyaml; otherwise whether
    /// they are all ASCII.
    static func isASCII(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool? {
        var ascii = true
        var index = 0
        while index < bytes.count {
            if index + 8 <= bytes.count, ByteWord.isPrintableASCIIOrLineFeed(ByteWord.load(at: index, of: bytes)) {
                index += 8
                continue
            }
            let byte = bytes[index]
            if byte < 0x80 {
                guard (byte >= 0x20 && byte != 0x7F) || byte == 0x0A else { return nil }
                index += 1
                continue
            }
            ascii = false
            guard let length = acceptedLength(bytes, at: index) else { return nil }
            index += length
        }
        return ascii
    }

    /// The length of the UTF-8 character at `index`, or nil when it is malformed or left to libyaml.
    private static func acceptedLength(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> Int? {
        let lead = bytes[index]
        let length: Int
        var second: ClosedRange<UInt8> = 0x80...0xBF
        switch lead {
        case 0xC2: (length, second) = (2, 0xA0...0xBF)  // U+0080–U+009F: C1 controls and NEL
        case 0xC3...0xDF: length = 2
        case 0xE0: (length, second) = (3, 0xA0...0xBF)
        case 0xE1...0xEC, 0xEE, 0xEF: length = 3
        case 0xED: (length, second) = (3, 0x80...0x9F)  // no surrogates
        case 0xF0: (length, second) = (4, 0x90...0xBF)
        case 0xF1...0xF3: length = 4
        case 0xF4: (length, second) = (4, 0x80...0x8F)
        default: return nil
        }
        guard index + length <= bytes.count, second.contains(bytes[index + 1]) else { return nil }
        for offset in 2..<max(length, 2) where bytes[index + offset] & 0xC0 != 0x80 { return nil }
        return isRefused(lead, bytes[index + 1], length == 3 ? bytes[index + 2] : 0) ? nil : length
    }

    /// U+2028, U+2029 (line breaks to libyaml), U+FEFF (a byte order mark), U+FFFE, U+FFFF.
    private static func isRefused(_ lead: UInt8, _ second: UInt8, _ third: UInt8) -> Bool {
        switch (lead, second) {
        case (0xE2, 0x80): third == 0xA8 || third == 0xA9
        case (0xEF, 0xBB): third == 0xBF
        case (0xEF, 0xBF): third >= 0xBE
        default: false
        }
    }
}
