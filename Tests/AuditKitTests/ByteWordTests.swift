import Testing
@testable import AuditKit

/// `ByteWord`'s tests of eight bytes at once agree with testing them one by one, for every byte
/// value in every position among ten kinds of neighbour (controls, line feed, space, letter,
/// DEL, and bytes with the high bit set).
@Suite struct ByteWordTests {
    static let fillers: [UInt8] = [0x00, 0x01, 0x0A, 0x1F, 0x20, 0x61, 0x7F]
    static let highFillers: [UInt8] = [0x80, 0xC3, 0xFF]

    /// Eight bytes of `filler` with `byte` at `position`, as a word and as bytes.
    static func word(_ byte: UInt8, at position: Int, among filler: UInt8) -> (UInt64, [UInt8]) {
        var bytes = [UInt8](repeating: filler, count: 8)
        bytes[position] = byte
        let word = bytes.withUnsafeBufferPointer { ByteWord.load(at: 0, of: $0) }
        return (word, bytes)
    }

    @Test(arguments: fillers + highFillers)
    func wholeWordTestsAreExact(_ filler: UInt8) {
        for byte in UInt8.min...UInt8.max {
            for position in 0..<8 {
                let (word, bytes) = Self.word(byte, at: position, among: filler)
                #expect(ByteWord.hasZeroByte(word) == bytes.contains(0))
                #expect(ByteWord.hasByte(below: 0x20, in: word) == bytes.contains { $0 < 0x20 })
                #expect(ByteWord.hasZeroByte(word ^ ByteWord.repeated(0x22)) == bytes.contains(0x22))
            }
        }
    }

    @Test(arguments: fillers)
    func perByteMasksAreExactWithoutHighBits(_ filler: UInt8) {
        for byte in UInt8(0)...0x7F {
            for position in 0..<8 {
                let (word, bytes) = Self.word(byte, at: position, among: filler)
                let nonzero = ByteWord.nonzeroBytes(of: word)
                let atLeast = ByteWord.bytes(atLeast: 0x20, in: word)
                for (index, value) in bytes.enumerated() {
                    let bit = UInt64(0x80) << (8 * index)
                    #expect((nonzero & bit != 0) == (value != 0))
                    #expect((atLeast & bit != 0) == (value >= 0x20))
                }
            }
        }
    }

    /// The YAML scanner's text check, whose fast path goes a word at a time: one byte of every
    /// value in every position of a 24-byte text of printable ASCII.
    @Test func plainTextCheckMatchesTheByteRule() {
        for byte in UInt8.min...UInt8.max {
            for position in 0..<24 {
                var bytes = [UInt8](repeating: UInt8(ascii: "a"), count: 24)
                bytes[position] = byte
                let accepted = bytes.withUnsafeBufferPointer { PlainYAMLText.isASCII($0) }
                let expected: Bool? = byte == 0x0A || (0x20...0x7E).contains(byte) ? true : nil
                #expect(accepted == expected, "byte \(byte) at \(position)")
            }
        }
    }
}
