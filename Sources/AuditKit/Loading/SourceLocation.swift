/// A position in an input file: 1-based line and column (columns count Unicode scalars).
///
/// Its description, `file:line:col`, is what editors and CI systems make clickable.
public struct SourceLocation: Hashable, Sendable, Codable, CustomStringConvertible, Comparable {
    /// The file's path as the user gave it (or a built-in name such as `builtin:…`).
    public let file: String
    /// 1-based line number.
    public let line: Int
    /// 1-based column number.
    public let column: Int

    /// Creates a location.
    public init(file: String, line: Int, column: Int) {
        self.file = file
        self.line = max(1, line)
        self.column = max(1, column)
    }

    /// `file:line:col`.
    public var description: String { "\(file):\(line):\(column)" }

    public static func < (lhs: SourceLocation, rhs: SourceLocation) -> Bool {
        (lhs.file, lhs.line, lhs.column) < (rhs.file, rhs.line, rhs.column)
    }
}
