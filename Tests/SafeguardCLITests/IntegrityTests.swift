import Foundation
import Testing

/// Signed results: `keygen`, `audit --sign-key`, and `verify` catching one flipped byte in the
/// result or in an input.
@Suite struct IntegrityTests {
    /// A signed JSON result of a copy of the acme fixture; returns the folder, result and key paths.
    static func signedResult() throws -> (folder: URL, result: String, publicKey: String) {
        let manifest = try GateWorkflowTests.acme(c2pa: false)
        let folder = manifest.deletingLastPathComponent()
        let key = folder.appendingPathComponent("signing.pem").path
        let keygen = try CLI.run(["keygen", "-o", key])
        #expect(keygen.status == 0, "\(keygen.stderr)")
        let attributes = try FileManager.default.attributesOfItem(atPath: key)
        #expect((attributes[.posixPermissions] as? NSNumber)?.intValue == 0o600)
        let result = folder.appendingPathComponent("result.json").path
        let audit = try CLI.run(["audit", "acme/deployment.yaml", "--checklist", CLI.root.path + "/" + ExitCodeTests.checklist,
                                 "--as-of", "2026-11-22", "--format", "json", "-o", result, "--sign-key", key],
                                in: folder.deletingLastPathComponent())
        #expect(audit.status == 0, "\(audit.stderr)")
        return (folder.deletingLastPathComponent(), result, key + ".pub")
    }

    static func flipByte(at path: String, offset: Int) throws {
        var data = try Data(contentsOf: URL(fileURLWithPath: path))
        data[offset] ^= 0x01
        try data.write(to: URL(fileURLWithPath: path))
    }

    @Test func signedResultVerifiesWithItsInputs() throws {
        let (folder, result, key) = try Self.signedResult()
        let run = try CLI.run(["verify", result, "--key", key, "--inputs"], in: folder)
        #expect(run.status == 0, "\(run.stdout)\(run.stderr)")
        #expect(run.stdout.contains("signature valid"))
        #expect(run.stdout.contains("all 3 inputs unchanged"))
    }

    @Test func oneFlippedByteInTheResultFailsVerification() throws {
        let (folder, result, key) = try Self.signedResult()
        try Self.flipByte(at: result, offset: 200)
        let run = try CLI.run(["verify", result, "--key", key], in: folder)
        #expect(run.status == 1)
        #expect(run.stderr.contains("signature does NOT match"))
    }

    @Test func oneFlippedByteInAnInputFailsVerification() throws {
        let (folder, result, key) = try Self.signedResult()
        try Self.flipByte(at: folder.appendingPathComponent("acme/evidence/metrics.yaml").path, offset: 3)
        let run = try CLI.run(["verify", result, "--key", key, "--inputs"], in: folder)
        #expect(run.status == 1)
        #expect(run.stdout.contains("changed: evidence evidence/metrics.yaml: SHA-256 is now"))
        #expect(run.stdout.contains("1 of 3 inputs changed"))
    }

    /// An input replaced by a named pipe or a folder cannot be re-hashed, and says so; the pipe
    /// once blocked `verify` forever.
    @Test(arguments: ["pipe", "folder"])
    func anInputThatIsNoLongerAFileFailsVerification(_ kind: String) throws {
        let (folder, result, key) = try Self.signedResult()
        let metrics = folder.appendingPathComponent("acme/evidence/metrics.yaml")
        try FileManager.default.removeItem(at: metrics)
        if kind == "pipe" {
            #expect(mkfifo(metrics.path, 0o600) == 0)
        } else {
            try FileManager.default.createDirectory(at: metrics, withIntermediateDirectories: false)
        }
        let run = try Guarded.run(["verify", result, "--key", key, "--inputs"], in: folder)
        #expect(run.status == 1, "\(run.stdout)\(run.stderr)")
        #expect(run.stdout.contains("changed: evidence evidence/metrics.yaml: cannot be read"))
        #expect(run.stdout.contains("1 of 3 inputs changed"))
    }

    /// A signature file that holds no signature at all is a wrong input (exit 2), not a
    /// signature that fails to match (exit 1).
    @Test(arguments: ["zz\n", "", String(repeating: "A", count: 44) + "\n"])
    func aSignatureFileThatHoldsNoSignatureIsInvalidInput(_ text: String) throws {
        let (folder, result, key) = try Self.signedResult()
        try text.write(toFile: result + ".sig", atomically: true, encoding: .utf8)
        let run = try CLI.run(["verify", result, "--key", key], in: folder)
        #expect(run.status == 2)
        #expect(run.stderr == "\(result).sig: error: not an Ed25519 signature: expected one line of base64 "
                + "holding 64 bytes, as `safeguard audit --sign-key` writes\n")
    }

    @Test func eachKeyGivenInThePlaceOfTheOtherIsNamed() throws {
        let (folder, result, publicKey) = try Self.signedResult()
        let privateKey = String(publicKey.dropLast(".pub".count))
        let verify = try CLI.run(["verify", result, "--key", privateKey], in: folder)
        #expect(verify.status == 2)
        #expect(verify.stderr.hasPrefix("\(privateKey): error: holds a private key, where the public key is needed"))
        let sign = try CLI.run(ExitCodeTests.audit + ["--format", "json", "-o", folder.appendingPathComponent("s.json").path,
                                                      "--sign-key", publicKey])
        #expect(sign.status == 2)
        #expect(sign.stderr.hasPrefix("\(publicKey): error: holds a public key, where the private key is needed"))
    }

    @Test func anotherKeyDoesNotVerify() throws {
        let (folder, result, _) = try Self.signedResult()
        let other = folder.appendingPathComponent("other.pem").path
        _ = try CLI.run(["keygen", "-o", other])
        #expect(try CLI.run(["verify", result, "--key", other + ".pub"], in: folder).status == 1)
    }

    @Test func badKeysAndMisuseAreReported() throws {
        let folder = try CLI.temporaryFolder()
        let notAKey = folder.appendingPathComponent("key.pem")
        try "hello\n".write(to: notAKey, atomically: true, encoding: .utf8)
        let audit = try CLI.run(ExitCodeTests.audit + ["--format", "json", "-o", folder.appendingPathComponent("r.json").path,
                                                       "--sign-key", notAKey.path])
        #expect(audit.status == 2)
        #expect(audit.stderr.contains("not an Ed25519 private key in PEM form"))
        #expect(!FileManager.default.fileExists(atPath: folder.appendingPathComponent("r.json").path))
        #expect(try CLI.run(ExitCodeTests.audit + ["--sign-key", notAKey.path]).status == 64)
        let key = folder.appendingPathComponent("k.pem").path
        #expect(try CLI.run(["keygen", "-o", key]).status == 0)
        #expect(try CLI.run(["keygen", "-o", key]).status == 2, "never overwrites a key")
    }
}
