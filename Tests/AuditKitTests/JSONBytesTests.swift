import Testing
@testable import AuditKit

/// The writer hands its bytes over without a copy (`CanonicalJSONWriter.finish`): they must be
/// exactly what was written, however often the memory grew, and empty text must work too.
@Suite struct JSONBytesTests {
    @Test(arguments: [0, 1, 7, 4_096, 300_000])
    func handedOverBytesAreWhatWasWritten(_ count: Int) {
        var writer = CanonicalJSONWriter(prettyPrinted: false, capacity: 1)
        for index in 0..<count { writer.appendByte(UInt8(ascii: "a") + UInt8(index % 26)) }
        let bytes = writer.finish()
        #expect(bytes.count == count)
        #expect(bytes.array == (0..<count).map { UInt8(ascii: "a") + UInt8($0 % 26) })
    }
}
