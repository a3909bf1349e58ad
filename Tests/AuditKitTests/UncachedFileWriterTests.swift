import Foundation
import Testing
@testable import AuditKit

/// A portfolio's lines reach the file whole and in order, whether the page cache is bypassed
/// or not, and when the file system refuses direct I/O part-way through.
@Suite struct UncachedFileWriterTests {
    static let block = UncachedFileWriter.blockSize

    /// Pieces that end inside a block, exactly at its end, span several blocks, and are empty.
    static let pieceSizes = [0, 1, 4095, block - 4096, 70_000, block, 3 * block + 17, 5, 0, 12_345]

    /// Bytes that differ from piece to piece and from offset to offset, so a piece written twice,
    /// dropped or out of order changes the file.
    static func pieces() -> [[UInt8]] {
        var state: UInt64 = 0x9E37_79B9_7F4A_7C15
        return pieceSizes.map { size in
            (0..<size).map { _ in
                state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
                return UInt8(truncatingIfNeeded: state >> 56)
            }
        }
    }

    /// Writes every piece through `make`'s writer to a new file; the file's bytes and the writer.
    static func written(_ make: (Int32) -> UncachedFileWriter) throws -> (Data, UncachedFileWriter, [UInt8]) {
        let path = try Fixtures.temporaryFolder("uncached").appendingPathComponent("lines.jsonl").path
        let descriptor = open(path, O_WRONLY | O_CREAT | O_EXCL, 0o644)
        try #require(descriptor >= 0)
        defer { close(descriptor) }
        let writer = make(descriptor)
        let pieces = pieces()
        for piece in pieces { try piece.withUnsafeBytes { try writer.append($0) } }
        try writer.finish()
        return (try Data(contentsOf: URL(fileURLWithPath: path)), writer, pieces.flatMap { $0 })
    }

    @Test(arguments: [true, false])
    func everyByteArrivesInOrder(uncached: Bool) throws {
        let (file, writer, expected) = try Self.written { UncachedFileWriter(descriptor: $0, uncached: uncached) }
        #expect(file.count == expected.count)
        #expect(file == Data(expected))
        #expect(!writer.isUncached, "the last, partial block goes through the page cache")
    }

    #if os(Linux)
    /// ext4, xfs, btrfs and (since Linux 6.6) tmpfs take direct I/O: the scratch folder's
    /// file system must, or portfolio output would silently pay the page cache again.
    @Test func directIOIsUsedWhereTheFileSystemTakesIt() throws {
        var directBlocks = 0
        let (file, _, expected) = try Self.written { descriptor in
            let writer = UncachedFileWriter(descriptor: descriptor, uncached: true) { descriptor, bytes in
                directBlocks += 1
                return UncachedFileWriter.writeDirect(descriptor, bytes)
            }
            #expect(writer.isUncached)
            return writer
        }
        #expect(file == Data(expected))
        #expect(directBlocks == expected.count / Self.block, "every whole block went direct")
    }
    #endif

    /// A refusal (as `EINVAL` from a file system without direct I/O) or a write cut short (a
    /// full disk) turns direct I/O off; the rest goes through the page cache, nothing lost.
    @Test(arguments: [0, 4096, block / 2])
    func aRefusedOrShortDirectWriteFallsBackToThePageCache(writtenOfSecondBlock: Int) throws {
        var calls = 0
        let (file, writer, expected) = try Self.written { descriptor in
            UncachedFileWriter(descriptor: descriptor, uncached: true) { descriptor, bytes in
                calls += 1
                guard calls == 2 else { return UncachedFileWriter.writeDirect(descriptor, bytes) }
                let part = UnsafeRawBufferPointer(rebasing: bytes[..<writtenOfSecondBlock])
                return UncachedFileWriter.writeDirect(descriptor, part)
            }
        }
        #expect(file == Data(expected))
        #expect(!writer.isUncached)
        #expect(calls == 2, "no direct write after the refusal")
    }
}
