import Testing
@testable import AuditKit

/// Text flattened onto one line and escaped for Markdown, byte by byte.
@Suite struct TextFlatteningTests {
    @Test(arguments: [
        ("a b", "a b"), ("  a\n\nb\t c  ", "a b c"), ("a\r\nb", "a b"), ("a\nb", "a b"), ("", ""),
        (" \n ", ""), ("Wörter\u{00A0}bleiben", "Wörter\u{00A0}bleiben"), ("e\u{301} x", "e\u{301} x"),
    ])
    func flattened(_ text: String, _ expected: String) {
        #expect(text.flattened == expected)
    }

    @Test(arguments: [
        ("plain", "plain"), ("a|b", "a\\|b"), ("<b>&", "&lt;b&gt;&amp;"), ("*_`[]#!~\\", "\\*\\_\\`\\[\\]\\#\\!\\~\\\\"),
        ("é*", "é\\*"), ("*\u{301}", "\\*\u{301}"),
    ])
    func markdownEscaped(_ text: String, _ expected: String) {
        #expect(text.markdownEscaped == expected)
    }

    @Test(arguments: [("a`b", "a'b"), ("``x``\n y", "''x'' y"), ("é`\u{301}", "é'\u{301}"), ("", "")])
    func codeSpanSafe(_ text: String, _ expected: String) {
        #expect(text.codeSpanSafe == expected)
    }

    @Test func outcomeBadgesSpellOutcomesAsWords() {
        #expect(Outcome.allCases.map { OutcomeBadge($0).label }
                == ["passed", "failed", "not reviewed", "not applicable", "waived", "error"])
    }
}
