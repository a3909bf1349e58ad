/// The tokens of a block being parsed, with neighbouring texts joined into one.
struct TemplateTokenList {
    private(set) var tokens: [TemplateToken] = []

    mutating func append(_ token: TemplateToken) { tokens.append(token) }

    /// Appends text, unless it is empty.
    mutating func appendText(_ bytes: ArraySlice<UInt8>) {
        guard !bytes.isEmpty else { return }
        guard case .text(var previous) = tokens.last else { return tokens.append(.text(Array(bytes))) }
        tokens.removeLast()
        previous.append(contentsOf: bytes)
        tokens.append(.text(previous))
    }
}
