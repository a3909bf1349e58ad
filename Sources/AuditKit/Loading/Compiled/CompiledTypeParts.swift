/// The members every generated enum starts with: its entry, the file and hash it was compiled
/// from, and the `at(line, column)` helper its locations use.
enum CompiledTypeParts {
    static func members(path: String, source: SourceFile, make: String) -> String {
        let L = SwiftLiteral.self
        return "    static let entry = CompiledEntry(path: \(L.string(path)), sha256: sha256, make: \(make))\n"
            + "    static let sha256 = \(L.string(SHA256Digest.hex(of: source.bytes)))\n"
            + "    private static let file = \(L.string(source.path))\n\n"
            + "    private static func at(_ line: Int, _ column: Int) -> SourceLocation {\n"
            + "        SourceLocation(file: file, line: line, column: column)\n    }\n\n"
    }
}
