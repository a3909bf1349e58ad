/// Eight bytes of a buffer read as one 64-bit word, to test them all at once ("SIMD within a
/// register"): the JSON writer's scan for bytes to escape, the YAML scanner's check of its
/// text and the check of text values for control characters go eight bytes a step while
/// nothing needs a closer look.
enum ByteWord {
    /// 0x01 in every byte.
    static let ones: UInt64 = 0x0101_0101_0101_0101
    /// 0x80, the high bit, in every byte.
    static let highs: UInt64 = 0x8080_8080_8080_8080

    /// The eight bytes from `index`; `index + 8` must not pass the end of `bytes`.
    @inline(__always)
    static func load(at index: Int, of bytes: UnsafeBufferPointer<UInt8>) -> UInt64 {
        UnsafeRawPointer(bytes.baseAddress.unsafelyUnwrapped + index).loadUnaligned(as: UInt64.self)
    }

    /// `byte` in every byte.
    @inline(__always)
    static func repeated(_ byte: UInt8) -> UInt64 { ones &* UInt64(byte) }

    /// Whether any byte of `word` is zero: exact for the word as a whole.
    @inline(__always)
    static func hasZeroByte(_ word: UInt64) -> Bool { (word &- ones) & ~word & highs != 0 }

    /// Whether any byte of `word` is below `bound` (at most 0x80): exact for the word as a whole.
    @inline(__always)
    static func hasByte(below bound: UInt8, in word: UInt64) -> Bool {
        (word &- repeated(bound)) & ~word & highs != 0
    }

    /// For a word with no high bit set: the high bit of each byte that is not zero, exactly
    /// (each byte has its high bit set before the subtraction, so no borrow crosses bytes).
    @inline(__always)
    static func nonzeroBytes(of word: UInt64) -> UInt64 { ((word | highs) &- ones) & highs }

    /// Whether each of `word`'s bytes is printable ASCII (0x20–0x7E) or a line feed.
    @inline(__always)
    static func isPrintableASCIIOrLineFeed(_ word: UInt64) -> Bool {
        guard word & highs == 0 else { return false }
        let lineFeeds = ~nonzeroBytes(of: word ^ repeated(0x0A)) & highs
        let deletes = ~nonzeroBytes(of: word ^ repeated(0x7F)) & highs
        let allowed = (bytes(atLeast: 0x20, in: word) | lineFeeds) & ~deletes
        return allowed == highs
    }

    /// For a word with no high bit set: the high bit of each byte at or above `bound`, exactly.
    @inline(__always)
    static func bytes(atLeast bound: UInt8, in word: UInt64) -> UInt64 {
        ((word | highs) &- repeated(bound)) & highs
    }
}
