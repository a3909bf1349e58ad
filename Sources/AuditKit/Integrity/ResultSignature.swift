import Crypto
import Foundation

/// A detached Ed25519 signature over the exact bytes of a result file, stored base64-encoded
/// on one line in `<result>.sig`.
public enum ResultSignature {
    /// The signature file's path for a result file.
    public static func path(for resultPath: String) -> String { resultPath + ".sig" }

    /// The signature text (base64 and a newline) for `bytes`.
    /// - Throws: if the signing operation fails.
    public static func sign(_ bytes: Data, with key: Curve25519.Signing.PrivateKey) throws -> String {
        try key.signature(for: bytes).base64EncodedString() + "\n"
    }

    /// The signature in the text of a signature file: one line of base64 holding 64 bytes.
    /// - Throws: `Diagnostic` naming `file` when the text is anything else: a file that is not
    ///   a signature at all is a wrong input, not a signature that fails to match.
    public static func decode(_ text: String, file: String) throws -> Data {
        let trimmed = text.trimmingCharacters(in: .whitespacesAndNewlines)
        guard let signature = Data(base64Encoded: trimmed), signature.count == 64 else {
            throw Diagnostic(.unsupportedFile, "not an Ed25519 signature: expected one line of base64 "
                             + "holding 64 bytes, as `safeguard audit --sign-key` writes", file: file)
        }
        return signature
    }

    /// Whether `signature` is a valid signature of `bytes` by `key`.
    public static func verify(_ bytes: Data, signature: Data, key: Curve25519.Signing.PublicKey) -> Bool {
        key.isValidSignature(signature, for: bytes)
    }
}
