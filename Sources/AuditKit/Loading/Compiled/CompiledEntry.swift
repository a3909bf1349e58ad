import Foundation

/// A built-in file compiled into Swift by `CatalogCompiler`: the value it holds, and the SHA-256
/// and the fingerprint (`TextFingerprint`) of the text it was compiled from.
///
/// The value stands in for parsing the file only while the embedded text still has that
/// fingerprint, so a compiled catalog that is out of date makes audits slower, never different.
public struct CompiledEntry<Value>: Sendable {
    /// The embedded file's path, e.g. `Checklists/unicef-ai-children-3.0.yaml`.
    public let path: String
    /// SHA-256 of the text the value was compiled from, lower-case hex.
    public let sha256: String
    /// `TextFingerprint` of the text the value was compiled from.
    public let fingerprint: UInt64
    private let make: @Sendable () -> Value

    /// An entry for generated code.
    public init(path: String, sha256: String, fingerprint: UInt64, make: @escaping @Sendable () -> Value) {
        (self.path, self.sha256, self.fingerprint, self.make) = (path, sha256, fingerprint, make)
    }

    /// The compiled value if `source` is the text it was compiled from, else nil.
    func value(for source: SourceFile) -> Value? {
        TextFingerprint.of(source.bytes) == fingerprint ? make() : nil
    }
}
