import Testing
@testable import AuditKit

/// A tag's name split into where its value is looked up and the transforms applied to it.
@Suite struct TemplateNameTests {
    @Test(arguments: [
        (".", TemplateName.Base.current, [String]()), ("a", .path(["a"]), []), ("a.b-c", .path(["a", "b-c"]), []),
        (".a.b", .relative(["a", "b"]), []), ("count(items)", .path(["items"]), ["count"]),
        ("count(reversed(a.b))", .path(["a", "b"]), ["reversed", "count"]), ("first()", .position, ["first"]),
        ("count(.)", .current, ["count"]), ("x(.a)", .relative(["a"]), ["x"]),
    ])
    func splitsANameIntoItsParts(_ spelling: String, _ base: TemplateName.Base, _ transforms: [String]) throws {
        let name = try #require(TemplateName(spelling))
        #expect(name.base == base)
        #expect(name.transforms == transforms)
        #expect(name.spelling == spelling)
    }

    @Test(arguments: ["", "a..b", "a.", ".a.", "..", "()", "count(a", "count(a))", "(a)", "co.unt(a)",
                      "a)(b)", "a)", "count()x", "f(g()"])
    func rejectsMalformedNames(_ spelling: String) {
        #expect(TemplateName(spelling) == nil)
    }
}
