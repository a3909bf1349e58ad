/// One problem with an input, located as precisely as the fault allows.
///
/// Printed compiler-style: `file:line:col: error: message`, then the offending source line and
/// a caret under the column. Every loader error is a `Diagnostic`, so the CLI can print any of
/// them the same way and exit 2.
public struct Diagnostic: Error, Hashable, Sendable, CustomStringConvertible {
    /// A stable identifier for the kind of problem, for machine consumers and tests.
    public enum Code: String, Sendable, CaseIterable {
        case fileUnreadable = "file.unreadable"
        case fileTooLarge = "file.too-large"
        case fileBinary = "file.binary"
        case fileEncoding = "file.encoding"
        case fileEmpty = "file.empty"
        case yamlSyntax = "yaml.syntax"
        case yamlDuplicateKey = "yaml.duplicate-key"
        case yamlTooComplex = "yaml.too-complex"
        case yamlMultipleDocuments = "yaml.multiple-documents"
        case unknownFormat = "format.unknown"
        case unknownKey = "schema.unknown-key"
        case missingKey = "schema.missing-key"
        case wrongType = "schema.wrong-type"
        case invalidValue = "schema.invalid-value"
        case invalidDate = "schema.invalid-date"
        case duplicateID = "semantic.duplicate-id"
        case unknownReference = "semantic.unknown-reference"
        case unknownField = "semantic.unknown-field"
        case invalidCondition = "semantic.invalid-condition"
        case evidenceMissing = "evidence.missing"
        case templateSyntax = "template.syntax"
        case unsupportedFile = "file.unsupported"
        case resultsSyntax = "results.syntax"
        case resultsUnmapped = "results.no-mapped-results"
    }

    /// Where the problem is; `line`/`column` are absent when the whole file is at fault.
    public let file: String
    /// The position, when the fault has one.
    public let position: (line: Int, column: Int)?
    /// What kind of problem this is.
    public let code: Code
    /// One sentence saying what is wrong, and what to do where that is clear.
    public let message: String
    /// The offending source line, when known.
    public let sourceLine: String?

    /// Creates a diagnostic at a location.
    /// Control characters in `message` or the file's name are written out (`<U+001B>`), so
    /// that a diagnostic quoting an input never sends them to the terminal.
    public init(_ code: Code, _ message: String, at location: SourceLocation, sourceLine: String?) {
        self.file = UnsafeCharacters.shown(location.file)
        self.position = (location.line, location.column)
        self.code = code
        self.message = UnsafeCharacters.shown(message)
        self.sourceLine = sourceLine
    }

    /// Creates a diagnostic about a whole file, its text made safe as above.
    public init(_ code: Code, _ message: String, file: String) {
        self.file = UnsafeCharacters.shown(file)
        self.position = nil
        self.code = code
        self.message = UnsafeCharacters.shown(message)
        self.sourceLine = nil
    }

    /// The location, when the fault has a position.
    public var location: SourceLocation? {
        position.map { SourceLocation(file: file, line: $0.line, column: $0.column) }
    }

    /// `file:line:col: error: message` (or `file: error: message`).
    public var headline: String {
        "\(location?.description ?? file): error: \(message)"
    }

    /// The headline, the source line and a caret line.
    public var description: String {
        guard let sourceLine, let position else { return headline }
        let line = Self.truncate(sourceLine)
        let caretOffset = min(position.column - 1, line.unicodeScalars.count)
        // A character written out as `<U+001B>` takes as many columns as its name and brackets.
        let padding = line.unicodeScalars.prefix(caretOffset).map { scalar in
            scalar == "\t" ? "\t" : String(repeating: " ", count: UnsafeCharacters.width(of: scalar))
        }
        return headline + "\n" + UnsafeCharacters.shown(line) + "\n" + padding.joined() + "^"
    }

    public static func == (lhs: Diagnostic, rhs: Diagnostic) -> Bool {
        lhs.description == rhs.description && lhs.code == rhs.code
    }

    public func hash(into hasher: inout Hasher) { hasher.combine(description) }

    private static func truncate(_ line: String) -> String {
        let limit = 200
        guard line.unicodeScalars.count > limit else { return line }
        return String(String.UnicodeScalarView(line.unicodeScalars.prefix(limit))) + "…"
    }
}

/// One or more diagnostics: what a loader or `lint` throws when an input is invalid.
public struct Diagnostics: Error, Sendable, CustomStringConvertible {
    /// The problems, in the order found.
    public let all: [Diagnostic]

    /// Wraps a list of diagnostics.
    public init(_ all: [Diagnostic]) { self.all = all }

    /// Each diagnostic's full text, separated by newlines.
    public var description: String { all.map(\.description).joined(separator: "\n") }
}
