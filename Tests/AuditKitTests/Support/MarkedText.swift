@testable import AuditKit

/// YAML text with a `⚑` marker where a diagnostic is expected; the marker is removed and its
/// 1-based line and column (in Unicode scalars) recorded, so tests never hard-code positions.
struct MarkedText {
    static let marker: Character = "⚑"

    let text: String
    let line: Int
    let column: Int

    init(_ marked: String) {
        var line = 1, column = 1
        var found: (Int, Int)?
        var text = ""
        for character in marked {
            if character == Self.marker { found = (line, column); continue }
            text.append(character)
            if character == "\n" { line += 1; column = 1 } else { column += character.unicodeScalars.count }
        }
        self.text = text
        (self.line, self.column) = found ?? (0, 0)
    }

    /// A source file of this text at `path`.
    func source(_ path: String = "fixture.yaml") -> SourceFile { SourceFile(path: path, text: text) }
}
