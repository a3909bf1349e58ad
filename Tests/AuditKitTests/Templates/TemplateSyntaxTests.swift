import Testing
@testable import AuditKit

/// Templates that do not parse are errors at a line and column, with a message saying what is
/// wrong; none of them crashes or hangs.
@Suite struct TemplateSyntaxTests {
    struct Case: CustomTestStringConvertible, Sendable {
        let text: String
        let line: Int
        let column: Int
        let message: String
        var testDescription: String { message }
    }

    static let cases: [Case] = [
        Case(text: "<h1>\n{{#findings}}\n{{/controls}}\n", line: 3, column: 1,
             message: "{{/controls}} does not close the open section {{#findings}}"),
        Case(text: "a\n  {{#open}}\nb\n", line: 2, column: 3, message: "the section {{#open}} is never closed"),
        Case(text: "{{#a}}{{^b}}x{{/a}}", line: 1, column: 14, message: "{{/a}} does not close the open section {{^b}}"),
        Case(text: "{{^open}}", line: 1, column: 1, message: "the section {{^open}} is never closed"),
        Case(text: "{{/stray}}", line: 1, column: 1, message: "{{/stray}} closes no open section"),
        Case(text: "x {{name", line: 1, column: 3, message: "expected }} to close the tag, found the end of the template"),
        Case(text: "é {{na me}}", line: 1, column: 8, message: "expected }} to close the tag, found \"m\""),
        Case(text: "{{{raw}}", line: 1, column: 7, message: "expected }}} to close the tag, found \"}\""),
        Case(text: "{{}}", line: 1, column: 1, message: "the tag names no value"),
        Case(text: "{{a..b}}", line: 1, column: 1, message: "\"a..b\" is not a name: write name, a.b, .a, . or transform(name)"),
        Case(text: "{{count(items}}", line: 1, column: 1,
             message: "\"count(items\" is not a name: write name, a.b, .a, . or transform(name)"),
        Case(text: "{{! never closed", line: 1, column: 1, message: "the comment is not closed"),
        Case(text: "{{=<%>=}}", line: 1, column: 1, message: "a delimiter tag is written {{=OPEN CLOSE=}}"),
        Case(text: "{{% CONTENT_TYPE: PDF}}", line: 1, column: 1, message: "unknown content type \"PDF\": use HTML, MARKDOWN or TEXT"),
        Case(text: "{{% STRICT: on}}", line: 1, column: 1, message: "the only setting is {{% CONTENT_TYPE: HTML}} (or MARKDOWN, TEXT)"),
        Case(text: "{{<parent}}{{/parent}}", line: 1, column: 1,
             message: "template inheritance ({{<parent}} and {{$block}}) is not supported"),
        Case(text: "{{>*name}}", line: 1, column: 1, message: "dynamic partials ({{>*name}}) are not supported"),
        Case(text: "{{>}}", line: 1, column: 1, message: "the partial tag names no partial"),
        Case(text: "ends with {{", line: 1, column: 11, message: "the tag is not closed"),
    ]

    @Test(arguments: cases) func aBrokenTemplateIsALocatedError(_ example: Case) throws {
        let error = try #require(TemplateHarness.failure(example.text))
        #expect(error.code == .templateSyntax)
        #expect(error.message == "template error: " + example.message)
        #expect(error.file == "main.mustache")
        #expect(error.position?.line == example.line)
        #expect(error.position?.column == example.column)
    }

    @Test func aPartialThatIncludesItselfIsRefused() throws {
        let error = try #require(TemplateHarness.failure("{{> a}}", partials: ["a": "x\n{{#on}}{{> b}}{{/on}}", "b": "{{> a}}{{> a}}"]))
        #expect(error.message == "template error: {{> a}} includes itself (a → b → a)")
        #expect(error.file == "b.mustache")
        #expect(error.position?.line == 1)
    }

    @Test func aMissingPartialRendersNothing() throws {
        #expect(try TemplateHarness.render("[{{> nowhere}}]") == "[]")
    }
}

/// Limits that keep parsing and rendering from recursing without end on a hostile template.
@Suite struct TemplateDepthTests {
    @Test func sectionsNestedTooDeepAreRefused() throws {
        let deep = String(repeating: "{{#a}}", count: 101) + String(repeating: "{{/a}}", count: 101)
        let error = try #require(TemplateHarness.failure(deep))
        #expect(error.message == "template error: sections are nested more than 100 deep")
        #expect(error.position?.column == 601)
        let fine = String(repeating: "{{#a}}", count: 100) + "x" + String(repeating: "{{/a}}", count: 100)
        #expect(try TemplateHarness.render(fine, .object(["a": .flag(true)])) == "x")
    }

    @Test func aLongChainOfPartialsIsRefusedWhicheverEndIsCheckedFirst() throws {
        var partials: [String: String] = [:]
        for index in 0..<40 { partials["p\(index)"] = "{{> p\(index + 1)}}" }
        partials["p40"] = "end"
        let error = try #require(TemplateHarness.failure("{{> p0}}", partials: partials))
        #expect(error.message == "template error: partials include each other more than 32 deep")
        var short = partials.filter { Int($0.key.dropFirst())! >= 20 }
        short["p20"] = "{{> p21}}"
        #expect(try TemplateHarness.render("{{> p20}}", partials: short) == "end")
    }
}
