import Crypto
import Foundation

/// Ed25519 keys in the PEM files OpenSSL writes and reads: PKCS #8 for private keys
/// (`openssl genpkey -algorithm ed25519`) and SubjectPublicKeyInfo for public keys
/// (`openssl pkey -pubout`). `safeguard keygen` writes the same two forms.
public enum Ed25519KeyFile {
    /// DER prefixes of the two fixed-length Ed25519 structures; the 32 key bytes follow.
    static let privatePrefix: [UInt8] = [0x30, 0x2E, 0x02, 0x01, 0x00, 0x30, 0x05, 0x06, 0x03, 0x2B,
                                         0x65, 0x70, 0x04, 0x22, 0x04, 0x20]
    static let publicPrefix: [UInt8] = [0x30, 0x2A, 0x30, 0x05, 0x06, 0x03, 0x2B, 0x65, 0x70, 0x03, 0x21, 0x00]

    /// Reads a private key. - Throws: `Diagnostic` when the file is not an Ed25519 private key.
    public static func privateKey(at path: String) throws -> Curve25519.Signing.PrivateKey {
        let raw = try keyBytes(at: path, label: "PRIVATE KEY", prefix: privatePrefix)
        return try Curve25519.Signing.PrivateKey(rawRepresentation: raw)
    }

    /// Reads a public key. - Throws: `Diagnostic` when the file is not an Ed25519 public key.
    public static func publicKey(at path: String) throws -> Curve25519.Signing.PublicKey {
        let raw = try keyBytes(at: path, label: "PUBLIC KEY", prefix: publicPrefix)
        return try Curve25519.Signing.PublicKey(rawRepresentation: raw)
    }

    /// A new key pair as PEM text: the private key and its public key.
    public static func generate() -> (privatePEM: String, publicPEM: String) {
        let key = Curve25519.Signing.PrivateKey()
        return (pem(key), pem(key.publicKey))
    }

    /// The PEM text of a private key.
    public static func pem(_ key: Curve25519.Signing.PrivateKey) -> String {
        pem(label: "PRIVATE KEY", der: privatePrefix + [UInt8](key.rawRepresentation))
    }

    /// The PEM text of a public key.
    public static func pem(_ key: Curve25519.Signing.PublicKey) -> String {
        pem(label: "PUBLIC KEY", der: publicPrefix + [UInt8](key.rawRepresentation))
    }

    private static func pem(label: String, der: [UInt8]) -> String {
        "-----BEGIN \(label)-----\n\(Data(der).base64EncodedString())\n-----END \(label)-----\n"
    }

    private static func keyBytes(at path: String, label: String, prefix: [UInt8]) throws -> [UInt8] {
        let text = try SourceFile(reading: path, cap: 64 * 1024).text
        let body = text.split(whereSeparator: \.isNewline)
            .filter { !$0.hasPrefix("-----") }.joined()
        let other = label == "PUBLIC KEY" ? "PRIVATE KEY" : "PUBLIC KEY"
        if text.contains("-----BEGIN \(other)-----") {
            throw Diagnostic(.unsupportedFile, "holds a \(other.lowercased()), where the \(label.lowercased()) is "
                             + "needed: sign with the private key, verify with the public one (`keygen -o KEY` "
                             + "writes KEY and KEY.pub)", file: path)
        }
        guard text.contains("-----BEGIN \(label)-----"), let der = Data(base64Encoded: body),
              der.count == prefix.count + 32, der.starts(with: prefix) else {
            throw Diagnostic(.unsupportedFile, "not an Ed25519 \(label.lowercased()) in PEM form "
                             + "(make one with `safeguard keygen` or `openssl genpkey -algorithm ed25519`)",
                             file: path)
        }
        return [UInt8](der.dropFirst(prefix.count))
    }
}
