import Testing
@testable import AuditKit

/// Control characters and bidirectional-text controls found, and written out in diagnostics.
@Suite struct UnsafeCharactersTests {
    @Test(arguments: [("plain text, long enough for two words of eight", nil), ("tab\tand\nline feed", nil),
                      ("ünïcödé", nil), ("a\u{1B}[2J", "U+001B"), ("carriage\rreturn", "U+000D"),
                      ("del\u{7F}", "U+007F"), ("next\u{85}line", "U+0085"), ("rtl \u{202E}", "U+202E"),
                      ("isolate \u{2066}", "U+2066"), ("twelve bytes\u{07}", "U+0007")])
    func firstUnsafeCharacter(_ text: String, _ expected: String?) {
        #expect(UnsafeCharacters.first(in: text).map(UnsafeCharacters.name(of:)) == expected)
    }

    @Test func diagnosticWritesThemOutAndKeepsTheCaretUnderItsColumn() {
        let diagnostic = Diagnostic(.invalidValue, "key 'a\u{1B}b'", at: SourceLocation(file: "f.yaml", line: 1, column: 4),
                                    sourceLine: "\u{202E}\u{1B}:x")
        #expect(diagnostic.description == "f.yaml:1:4: error: key 'a<U+001B>b'\n<U+202E><U+001B>:x\n" + String(repeating: " ", count: 17) + "^")
    }
}
