import Crypto
import Foundation

/// Signs JSON results with an Ed25519 private key read from a PEM file.
public struct ResultSigner {
    private let key: Curve25519.Signing.PrivateKey

    /// Reads the key. - Throws: `Diagnostic` when the file is not an Ed25519 private key.
    public init(keyAt path: String) throws { key = try Ed25519KeyFile.privateKey(at: path) }

    /// The detached signature text for the exact UTF-8 bytes of `text`.
    /// - Throws: if signing fails.
    public func signature(for text: String) throws -> String {
        try signature(for: Data(text.utf8))
    }

    /// The detached signature text for `bytes`.
    /// - Throws: if signing fails.
    public func signature(for bytes: Data) throws -> String {
        try ResultSignature.sign(bytes, with: key)
    }
}
