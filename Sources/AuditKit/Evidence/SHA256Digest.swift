import Crypto
import Foundation

/// SHA-256 of bytes and of files, as lower-case hex.
public enum SHA256Digest {
    /// The digest of `data`.
    public static func hex(of data: Data) -> String {
        hexadecimal(SHA256.hash(data: data))
    }

    /// The digest of a file, read in 1 MiB chunks; nil when it cannot be read.
    public static func hex(ofFileAt path: String) -> String? {
        guard let handle = FileHandle(forReadingAtPath: path) else { return nil }
        defer { try? handle.close() }
        var hasher = SHA256()
        do {
            while let chunk = try handle.read(upToCount: 1 << 20), !chunk.isEmpty {
                hasher.update(data: chunk)
            }
        } catch {
            return nil
        }
        return hexadecimal(hasher.finalize())
    }

    /// Lower-case hex of `bytes`, two digits a byte (`String(format:)` per byte cost more than
    /// the hash itself on small evidence files).
    private static func hexadecimal(_ bytes: some Sequence<UInt8>) -> String {
        let digits = Array("0123456789abcdef".utf8)
        var text: [UInt8] = []
        for byte in bytes { text += [digits[Int(byte >> 4)], digits[Int(byte & 0x0F)]] }
        return String(decoding: text, as: UTF8.self)
    }
}
