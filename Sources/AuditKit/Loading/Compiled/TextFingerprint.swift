import Foundation

/// A 64-bit fingerprint of a file's bytes, to tell at run time whether an embedded file is still
/// the one a compiled value was made from (`CompiledEntry`): FNV-1a over the bytes eight at a
/// time as little-endian words, then over the last few one by one, starting from the length.
///
/// It is not cryptographic, and need not be: a compiled value gone stale is a slip in a build
/// (which `CompiledCatalogTests` catches too), and whoever can change a binary's embedded text
/// can change its compiled values as easily. Checking with SHA-256 instead was ≈ 3 % of a
/// one-manifest, every-format run's instructions, for the built-in checklist alone.
enum TextFingerprint {
    private static let prime: UInt64 = 0x100_0000_01b3
    private static let offsetBasis: UInt64 = 0xcbf2_9ce4_8422_2325

    /// The fingerprint of `data`.
    static func of(_ data: Data) -> UInt64 {
        data.withUnsafeBytes { bytes in
            var hash = (offsetBasis ^ UInt64(bytes.count)) &* prime
            let words = bytes.count / 8
            for index in 0..<words {
                hash = (hash ^ UInt64(littleEndian: bytes.loadUnaligned(fromByteOffset: index * 8, as: UInt64.self)))
                    &* prime
            }
            for byte in bytes[(words * 8)...] { hash = (hash ^ UInt64(byte)) &* prime }
            return hash
        }
    }
}
