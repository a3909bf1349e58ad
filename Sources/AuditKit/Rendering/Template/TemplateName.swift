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

    /// Splits `spelling` (already checked to be made of name characters) into its parts.
    init?(_ spelling: String) {
        self.spelling = spelling
        var transforms: [String] = []
        var rest = Substring(spelling)
        while let open = rest.firstIndex(of: "(") {
            transforms.append(String(rest[..<open]))
            rest = rest[rest.index(after: open)...]
        }
        guard transforms.allSatisfy({ !$0.isEmpty && !$0.contains(")") && !$0.contains(".") }),
              rest.hasSuffix(String(repeating: ")", count: transforms.count)) else { return nil }
        let inner = rest.dropLast(transforms.count)
        guard !inner.contains(")") else { return nil }
        self.transforms = transforms.reversed()
        guard let base = Self.base(of: inner, transformed: !transforms.isEmpty) else { return nil }
        self.base = base
    }

    private static func base(of inner: Substring, transformed: Bool) -> Base? {
        if inner == "." { return .current }
        if inner.isEmpty { return transformed ? .position : nil }
        let parts = inner.split(separator: ".", omittingEmptySubsequences: false)
        if inner.first == "." {
            let path = parts.dropFirst()
            return path.contains { $0.isEmpty } ? nil : .relative(path.map(String.init))
        }
        return parts.contains { $0.isEmpty } ? nil : .path(parts.map(String.init))
    }
}
