/// A template that does not parse: what is wrong, and the byte offset where.
struct TemplateSyntaxError: Error, Equatable {
    let message: String
    let offset: Int

    init(_ message: String, at offset: Int) { (self.message, self.offset) = (message, offset) }

    /// The 1-based line and column (in characters) of `offset` in `bytes`.
    static func position(of offset: Int, in bytes: [UInt8]) -> (line: Int, column: Int) {
        var (line, column) = (1, 1)
        for byte in bytes.prefix(offset) {
            if byte == 0x0A {
                (line, column) = (line + 1, 1)
            } else if byte & 0xC0 != 0x80 {
                column += 1
            }
        }
        return (line, column)
    }
}
