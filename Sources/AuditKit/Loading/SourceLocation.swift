/// A position in an input file: 1-based line and column (columns count Unicode scalars).
///
/// Its description, `file:line:col`, is what editors and CI systems make clickable. The file is
/// named through an interned `FileName`, so a location is three words that copy without
/// reference counting.
public struct SourceLocation: Hashable, Sendable, Codable, CustomStringConvertible, Comparable {
    /// The file's interned name, a pointer to bytes that are never freed.
    let fileName: FileName
    /// 1-based line number.
    public let line: Int
    /// 1-based column number.
    public let column: Int

    /// The file's path as the user gave it (or a built-in name such as `builtin:…`).
    public var file: String { fileName.text }

    /// Creates a location.
    public init(file: String, line: Int, column: Int) {
        self.init(FileName.interned(file), line: line, column: column)
    }

    /// Creates a location in a file whose name is already interned.
    init(_ fileName: FileName, line: Int, column: Int) {
        self.fileName = fileName
        self.line = max(1, line)
        self.column = max(1, column)
    }

    /// `file:line:col`.
    public var description: String { "\(file):\(line):\(column)" }

    public static func == (lhs: SourceLocation, rhs: SourceLocation) -> Bool {
        lhs.fileName == rhs.fileName && lhs.line == rhs.line && lhs.column == rhs.column
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(fileName)
        hasher.combine(line)
        hasher.combine(column)
    }

    /// By file, then line, then column. Files compare as strings, and by their bytes where two
    /// distinct names are canonically equivalent, so distinct locations are never unordered.
    public static func < (lhs: SourceLocation, rhs: SourceLocation) -> Bool {
        guard lhs.fileName == rhs.fileName else {
            let (left, right) = (lhs.file, rhs.file)
            return left == right ? left.utf8.lexicographicallyPrecedes(right.utf8) : left < right
        }
        return (lhs.line, lhs.column) < (rhs.line, rhs.column)
    }

    private enum CodingKeys: String, CodingKey { case file, line, column }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        self.init(file: try container.decode(String.self, forKey: .file),
                  line: try container.decode(Int.self, forKey: .line),
                  column: try container.decode(Int.self, forKey: .column))
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(file, forKey: .file)
        try container.encode(line, forKey: .line)
        try container.encode(column, forKey: .column)
    }
}
