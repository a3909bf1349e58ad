import SourceLiterals

/// A generated enum and the embedded file it is compiled from.
struct CompiledType {
    /// The enum's name, e.g. `CompiledUnicefAiChildren30`.
    let name: String
    /// The embedded path, e.g. `Checklists/unicef-ai-children-3.0.yaml`.
    let path: String
    /// The embedded file.
    let source: SourceFile

    /// A generated file: the header, then `body`.
    func file(suffix: String = "", _ body: String) -> CatalogCompiler.File {
        CatalogCompiler.File(name: name + suffix + ".swift", text: CatalogCompiler.header(from: path) + body)
    }

    /// The members the enum starts with: its entry, the hash and fingerprint of the text it was
    /// compiled from, and `at`, which makes its locations (`at(line, column)`). `make` names the
    /// function that builds the value.
    func members(make: String) -> String {
        let fingerprint = hexadecimal(TextFingerprint.of(source.bytes))
        return "    static let entry = CompiledEntry(path: \(SwiftLiteral.string(path)), sha256: sha256,\n"
            + "                                     fingerprint: \(fingerprint), make: \(make))\n"
            + "    static let sha256 = \(SwiftLiteral.string(SHA256Digest.hex(of: source.bytes)))\n"
            + "    static let file = \(SwiftLiteral.string(source.path))\n\n"
            + "    static let at = SourceLocation.InFile(file)\n\n"
    }

    /// `value` as a Swift literal in hexadecimal, `0x` and sixteen digits.
    private func hexadecimal(_ value: UInt64) -> String {
        let digits = String(value, radix: 16)
        return "0x" + String(repeating: "0", count: 16 - digits.count) + digits
    }
}
