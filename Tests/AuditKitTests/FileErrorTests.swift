import Foundation
import Testing
@testable import AuditKit

/// Whole-file problems: empty, binary, invalid UTF-8, too large, alias bombs, directories.
@Suite struct FileErrorTests {
    let folder: URL

    init() throws {
        folder = try Fixtures.temporaryFolder("file-tests")
    }

    func write(_ name: String, _ bytes: [UInt8]) throws -> String {
        let url = folder.appendingPathComponent(name)
        try Data(bytes).write(to: url)
        return url.path
    }

    @Test func emptyFile() throws {
        let path = try write("empty.yaml", Array("# only a comment\n".utf8))
        let error = #expect(throws: Diagnostic.self) { try Loader.manifest(SourceFile(reading: path)) }
        #expect(error?.code == .fileEmpty)
        #expect(error?.file == path)
    }

    @Test func binaryFile() throws {
        let path = try write("binary.yaml", [0x73, 0x61, 0x00, 0xFF, 0x10])
        let error = #expect(throws: Diagnostic.self) { try SourceFile(reading: path) }
        #expect(error?.code == .fileBinary)
        #expect(error?.message == "looks binary (NUL byte at offset 2), not text")
    }

    /// The first NUL is found wherever it is, also past a long run of text.
    @Test(arguments: [0, 1, 7, 8, 9, 4_095, 4_096, 70_001])
    func aNULByteIsFoundAt(_ offset: Int) throws {
        var bytes = [UInt8](repeating: UInt8(ascii: "a"), count: offset) + [0] + Array("b: c\n\0".utf8)
        bytes.append(0)
        let path = try write("nul-\(offset).yaml", bytes)
        let error = #expect(throws: Diagnostic.self) { try SourceFile(reading: path) }
        #expect(error?.message == "looks binary (NUL byte at offset \(offset)), not text")
    }

    @Test func invalidUTF8IsLocated() throws {
        let path = try write("latin1.yaml", Array("safeguard: deployment/v1\nname: caf".utf8) + [0xE9, 0x0A])
        let error = #expect(throws: Diagnostic.self) { try SourceFile(reading: path) }
        #expect(error?.code == .fileEncoding)
        #expect(error?.position?.line == 2)
        #expect(error?.position?.column == 10)
    }

    @Test func byteOrderMarkAndCRLFAreAccepted() throws {
        let text = "safeguard: deployment/v1\r\ndeployment: {id: x, name: X}\r\n"
        let path = try write("bom.yaml", [0xEF, 0xBB, 0xBF] + Array(text.utf8))
        let manifest = try Loader.manifest(SourceFile(reading: path))
        #expect(manifest.identity.id == "x")
    }

    @Test func oversizedFile() throws {
        let path = try write("big.yaml", Array(repeating: 0x20, count: 1024))
        let error = #expect(throws: Diagnostic.self) { try SourceFile(reading: path, cap: 512) }
        #expect(error?.code == .fileTooLarge)
    }

    @Test(arguments: [0, 1, 4095, 4096, 4097, 8193, 16_384])
    func fileIsReadWholeAtEverySize(size: Int) throws {
        let bytes = (0..<size).map { UInt8(ascii: "a") + UInt8($0 % 26) }
        let path = try write("size-\(size).txt", bytes)
        #expect(try [UInt8](SourceFile.readCapped(path: path, shown: path, cap: 16_384)) == bytes)
    }

    @Test func capIsExactAndNamedInItsUnit() throws {
        let path = try write("edge.txt", Array(repeating: 0x20, count: 2048))
        #expect(try SourceFile.readCapped(path: path, shown: "edge.txt", cap: 2048).count == 2048)
        let error = #expect(throws: Diagnostic.self) {
            try SourceFile.readCapped(path: path, shown: "edge.txt", cap: 2047)
        }
        #expect(error?.message == "is larger than the 1 KiB limit for input files")
        #expect(error?.file == "edge.txt")
    }

    @Test func deviceWithoutASizeIsReadInStepsUpToTheCap() throws {
        #expect(try SourceFile.readCapped(path: "/dev/null", shown: "null", cap: 512).isEmpty)
        let error = #expect(throws: Diagnostic.self) {
            try SourceFile.readCapped(path: "/dev/zero", shown: "zero", cap: 3 << 20)
        }
        #expect(error?.message == "is larger than the 3 MiB limit for input files")
    }

    @Test func directoryAndMissingFile() throws {
        #expect((#expect(throws: Diagnostic.self) { try SourceFile(reading: folder.path) })?.code
                == .fileUnreadable)
        let missing = folder.appendingPathComponent("nope.yaml").path
        #expect((#expect(throws: Diagnostic.self) { try SourceFile(reading: missing) })?.message
                == "no such file")
    }

    @Test func aliasBombIsRejectedByTheNodeBudget() throws {
        var lines = ["a: &a [x, x, x, x, x, x, x, x, x]"]
        for (previous, name) in zip("abcdefgh", "bcdefghi") {
            let alias = Array(repeating: "*\(previous)", count: 9).joined(separator: ", ")
            lines.append("\(name): &\(name) [\(alias)]")
        }
        let text = lines.joined(separator: "\n") + "\n"
        #expect(text.utf8.count < 500)
        let error = #expect(throws: Diagnostic.self) {
            try Loader.manifest(SourceFile(path: "bomb.yaml", text: text))
        }
        #expect(error?.code == .yamlTooComplex)
    }

    @Test func deepNestingIsASyntaxErrorNotACrash() throws {
        let text = String(repeating: "[", count: 2000) + String(repeating: "]", count: 2000)
        let error = #expect(throws: Diagnostic.self) {
            try Loader.manifest(SourceFile(path: "deep.yaml", text: text))
        }
        #expect(error?.code == .yamlSyntax)
    }
}
