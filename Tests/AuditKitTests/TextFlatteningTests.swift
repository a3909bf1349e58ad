import Testing
@testable import AuditKit

/// Text flattened onto one line and escaped for Markdown, byte by byte.
@Suite struct TextFlatteningTests {
    @Test(arguments: [
        ("a b", "a b"), ("  a\n\nb\t c  ", "a b c"), ("a\r\nb", "a b"), ("a\nb", "a b"), ("", ""),
        (" \n ", ""), ("Wörter\u{00A0}bleiben", "Wörter\u{00A0}bleiben"), ("e\u{301} x", "e\u{301} x"),
        ("a  b", "a b"), (" a", "a"), ("a ", "a"), ("a\tb", "a b"), (" ", ""), ("ab cd ef", "ab cd ef"),
    ])
    func flattened(_ text: String, _ expected: String) {
        #expect(text.flattened == expected)
    }

    @Test func everyShortTextIsItsWordsJoinedBySingleSpaces() {
        let pieces = ["a", " ", "\n", "\t", "\r", "é"]
        var texts = [""]
        for _ in 0..<5 { texts += texts.flatMap { text in pieces.map { text + $0 } }.filter { $0.utf8.count <= 6 } }
        for text in Set(texts) {
            let words = Array(text.utf8).split(whereSeparator: { [0x20, 0x0A, 0x0D, 0x09].contains($0) })
            let expected = String(decoding: Array(words.joined(separator: [0x20])), as: UTF8.self)
            #expect(text.flattened == expected, "\(Array(text.utf8))")
        }
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
