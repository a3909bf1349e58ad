/// The name in a tag, as `TemplateParser` split it: where the value is looked up, and the
/// transforms applied to it, innermost first (`count(reversed(items))` → reversed, count).
struct TemplateName: Sendable, Equatable {
    enum Base: Sendable, Equatable {
        /// `.`: the current value.
        case current
        /// `a.b`: `a` looked up from the innermost section outwards, then `b` inside it.
        case path([String])
        /// `.a.b`: `a` looked up in the current value only.
        case relative([String])
        /// `first()`, `last()`, `index()`, `even()`, `odd()`: the position in the list.
        case position
    }

    let base: Base
    let transforms: [String]
    /// The name as written, to match a section's closing tag to its opening tag.
    let spelling: String

    /// Splits `spelling` (already checked to be made of name characters, all ASCII) into its
    /// parts, byte by byte.
    init?(_ spelling: String) {
        self.spelling = spelling
        let (open, close, dot) = (UInt8(ascii: "("), UInt8(ascii: ")"), UInt8(ascii: "."))
        let bytes = Array(spelling.utf8)
        var transforms: [String] = []
        var start = 0
        while let paren = bytes[start...].firstIndex(of: open) {
            let transform = bytes[start..<paren]
            guard !transform.isEmpty, !transform.contains(close), !transform.contains(dot) else { return nil }
            transforms.append(String(decoding: transform, as: UTF8.self))
            start = paren + 1
        }
        // What is left is the inner name and one `)` per transform.
        let end = bytes.count - transforms.count
        guard end >= start, !bytes[start..<end].contains(close), bytes[end...].allSatisfy({ $0 == close })
        else { return nil }
        self.transforms = transforms.reversed()
        guard let base = Self.base(of: bytes[start..<end], transformed: !transforms.isEmpty) else { return nil }
        self.base = base
    }

    private static func base(of inner: ArraySlice<UInt8>, transformed: Bool) -> Base? {
        let dot = UInt8(ascii: ".")
        if inner.count == 1, inner.first == dot { return .current }
        if inner.isEmpty { return transformed ? .position : nil }
        let relative = inner.first == dot
        let parts = inner.split(separator: dot, omittingEmptySubsequences: false).dropFirst(relative ? 1 : 0)
        guard !parts.contains(where: \.isEmpty) else { return nil }
        let names = parts.map { String(decoding: $0, as: UTF8.self) }
        return relative ? .relative(names) : .path(names)
    }
}
