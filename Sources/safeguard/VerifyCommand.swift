import ArgumentParser
import AuditKit
import Foundation

/// `safeguard verify`: check a signed JSON result, and optionally that its inputs are unchanged.
struct VerifyCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "verify",
        abstract: "Check a JSON result's Ed25519 signature and, with --inputs, the hashes of its inputs.",
        discussion: "Exit codes: 0 verified · 1 signature or an input does not match · 2 invalid input · 64 usage.")

    @Argument(help: "The JSON result (safeguard-result/v1).")
    var result: String

    @Option(help: "The signer's Ed25519 public key (PEM).")
    var key: String

    @Option(help: "The detached signature (default: RESULT.sig).")
    var signature: String?

    @Flag(help: "Also re-hash every input the result lists (manifest, checklists, profile, evidence).")
    var inputs = false

    func run() throws {
        let (bytes, signed, publicKey) = try Terminal.reportingInvalidInput {
            let bytes = try SourceFile(reading: result, cap: 256 * 1024 * 1024).bytes
            let signaturePath = signature ?? ResultSignature.path(for: result)
            let signed = try ResultSignature.decode(SourceFile(reading: signaturePath, cap: 64 * 1024).text,
                                                    file: signaturePath)
            return (bytes, signed, try Ed25519KeyFile.publicKey(at: key))
        }
        guard ResultSignature.verify(bytes, signature: signed, key: publicKey) else {
            Terminal.note("\(result): signature does NOT match: the file was changed or signed with another key")
            throw ExitCodes.gateFailed
        }
        var lines = ["\(result): signature valid"]
        if inputs {
            let parsed = try Terminal.reportingInvalidInput { try BaselineSet.load(result) }
            let mismatches = InputCheck().mismatches(in: parsed)
            lines += mismatches.map { "changed: \($0)" }
            lines.append(mismatches.isEmpty ? "all \(parsed.inputs.count) inputs unchanged"
                         : "\(mismatches.count) of \(parsed.inputs.count) inputs changed")
            try Terminal.write(lines.joined(separator: "\n") + "\n")
            if !mismatches.isEmpty { throw ExitCodes.gateFailed }
            return
        }
        try Terminal.write(lines.joined(separator: "\n") + "\n")
    }
}
