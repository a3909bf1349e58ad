@testable import AuditKit
import SourceLiterals
import Testing

/// Swift literals the catalog compiler writes.
@Suite struct SwiftLiteralTests {
    @Test(arguments: [
        ("plain", "\"plain\""),
        ("say \"hi\"", "\"say \\\"hi\\\"\""),
        ("a\\(b)", "\"a\\\\(b)\""),
        ("line\nnext\r\ttab", "\"line\\nnext\\r\\ttab\""),
        ("bell\u{07}del\u{7F}", "\"bell\\u{7}del\\u{7f}\""),
        ("zero\u{200B}width", "\"zero\\u{200b}width\""),
        ("café · ✓ 🧒", "\"café · ✓ 🧒\""),
    ])
    func stringsReadBackAsWritten(_ text: String, _ literal: String) {
        #expect(SwiftLiteral.string(text) == literal)
    }

    @Test func doublesAreExact() {
        #expect(SwiftLiteral.double(0.1) == "0.1")
        #expect(SwiftLiteral.double(1_000_000) == "1000000.0")
        #expect(SwiftLiteral.double(-.infinity) == "-Double.infinity")
        #expect(SwiftLiteral.double(.nan) == "Double.nan")
    }

    @Test func enumsAreWrittenByCaseName() {
        #expect(SwiftLiteral.enumCase(SafeguardArea.minorLikeness) == ".minorLikeness")
        #expect(SwiftLiteral.enumCase(Severity.critical) == ".critical")
    }
}
