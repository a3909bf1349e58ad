import Crypto
import Foundation

/// SHA-256 of bytes and of files, as lower-case hex.
public enum SHA256Digest {
    /// The digest of `data`.
    public static func hex(of data: Data) -> String {
        hexadecimal(SHA256.hash(data: data))
    }

    /// The digest of a regular file, read in 1 MiB chunks; nil when it cannot be read or is
    /// not a regular file (a named pipe or a device could block the read, or never end).
    public static func hex(ofFileAt path: String) -> String? {
        let descriptor = open(path, O_RDONLY | O_CLOEXEC | O_NONBLOCK)
        guard descriptor >= 0 else { return nil }
        defer { close(descriptor) }
        var info = stat()
        guard fstat(descriptor, &info) == 0, info.st_mode & S_IFMT == S_IFREG else { return nil }
        let handle = FileHandle(fileDescriptor: descriptor, closeOnDealloc: false)
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
