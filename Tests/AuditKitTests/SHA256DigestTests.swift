import Foundation
import Testing
@testable import AuditKit

/// SHA-256 as lower-case hex, of bytes and of files, against the standard test vectors.
@Suite struct SHA256DigestTests {
    @Test(arguments: [
        ("", "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"),
        ("abc", "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"),
    ])
    func knownVectors(_ text: String, _ expected: String) throws {
        #expect(SHA256Digest.hex(of: Data(text.utf8)) == expected)
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("sha-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: file) }
        try Data(text.utf8).write(to: file)
        #expect(SHA256Digest.hex(ofFileAt: file.path) == expected)
    }
}
