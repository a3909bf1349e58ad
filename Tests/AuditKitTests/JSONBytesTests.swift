import Foundation
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

    /// A portfolio line is written in the writer's first block, and that block comes from
    /// malloc's heap: glibc maps a block of its own from 128 KiB (its default threshold), with
    /// up to 16 bytes of its own beside each block, and did so for every line when the writer
    /// started with 128 KiB.
    @Test func everyExamplesLineFitsTheFirstBlockWhichStaysOffMallocsMappedSizes() throws {
        #expect(CanonicalJSONWriter.defaultCapacity + 16 < 128 << 10)
        let manifests = BatchAuditTests.paths.filter { FileManager.default.fileExists(atPath: $0) }
        var sizes: [Int] = []
        try BatchAuditTests.batch(window: 4).run(manifests, render: { JSONLinesRenderer().lineBytes($0).count }) {
            sizes.append(try $1.get())
        }
        #expect(sizes.count == manifests.count && sizes.count >= 8)
        #expect(sizes.allSatisfy { $0 > 40_000 && $0 < CanonicalJSONWriter.defaultCapacity })
    }
}
