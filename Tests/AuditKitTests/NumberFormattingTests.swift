import Foundation
import Testing
@testable import AuditKit

/// Numbers in reasons and reports: whole numbers take a fast path that must write what the
/// formatter writes.
@Suite struct NumberFormattingTests {
    @Test(arguments: [
        (4_200_000.0, "4200000"), (0.0, "0"), (-0.0, "0"), (-12.0, "-12"), (0.5, "0.5"),
        (0.95, "0.95"), (1.0 / 3.0, "0.333333"), (2.0000004, "2"), (1e20, "100000000000000000000"),
        (-2.5, "-2.5"),
    ])
    func sixDigits(_ value: Double, _ text: String) {
        #expect(value.formatted(maxFractionDigits: 6) == text)
    }

    @Test func wholeNumbersMatchTheFormatter() {
        for value in [1.0, 7, 90, 365, 1_000_000, -3, 9_007_199_254_740_991] {
            #expect(value.formatted(maxFractionDigits: 6) == String(format: "%.6f", value)
                .replacingOccurrences(of: ".000000", with: ""))
        }
    }

    @Test func dottedPathsKeepListIndexesAttached() {
        #expect(FieldPath(components: ["safeguards", "input_filters", "[0]", "stage"]).description
                == "safeguards.input_filters[0].stage")
        #expect(FieldPath("").description == "")
        #expect(FieldPath(components: []).appending(FieldPath("a.b")).description == "a.b")
        #expect(FieldPath("a").appending(FieldPath("b.c")).description == "a.b.c")
        #expect(FieldPath(components: ["list", "[2]"]).appending(FieldPath("x")).description == "list[2].x")
        // Empty components (which validation rejects) join as joining every component would.
        for (head, tail) in [("a", ".[0]"), ("", "b"), ("a.", "b"), ("a", ""), ("", "")] {
            let path = FieldPath(head).appending(FieldPath(tail))
            #expect(path.description == FieldPath(components: path.components).description, "\(head) + \(tail)")
        }
    }
}

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
}
