import Yams

extension CodingUserInfoKey {
    /// The path of the file being decoded, so models can record their own location.
    static let sourcePath = CodingUserInfoKey(rawValue: "safeguard.source-path")!
}

extension Decoder {
    /// Where the value being decoded is written, when decoding YAML with a source path.
    var sourceLocation: SourceLocation? {
        guard let mark = (self as? NodeDecoder)?.node.mark, let path = userInfo[.sourcePath] as? String else { return nil }
        return SourceLocation(file: path, line: mark.line, column: mark.column)
    }
}

extension YAMLDocument {
    /// Decodes the whole document as `type`, mapping every decoding error to a located
    /// diagnostic.
    /// - Throws: `Diagnostic`.
    func decode<T: Decodable>(_ type: T.Type) throws -> T {
        do {
            return try NodeDecoder.decode(type, from: root, userInfo: [.sourcePath: source.path])
        } catch {
            throw DecodingErrorLocator.diagnostic(for: error, in: self)
        }
    }
}
