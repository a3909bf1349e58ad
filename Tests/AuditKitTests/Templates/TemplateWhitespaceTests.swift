import Testing
@testable import AuditKit

/// The Mustache spec's whitespace rules: a tag alone on its line takes the line with it, other
/// text is kept byte for byte.
@Suite struct TemplateWhitespaceTests {
    let root = TemplateValue.object(["on": .flag(true), "items": .list([.text("a"), .text("b")]), "v": .text("x")])

    @Test func standaloneSectionTagsTakeTheirLines() throws {
        #expect(try TemplateHarness.render("top\n  {{#items}}\n- {{.}}\n  {{/items}}\nend\n", root) == "top\n- a\n- b\nend\n")
        #expect(try TemplateHarness.render("| {{#on}}\n{{/on}} |", root) == "| \n |", "not alone: lines kept")
        #expect(try TemplateHarness.render("{{#on}}\nin\n{{/on}}", root) == "in\n", "at the start and end of the file")
    }

    @Test func aClosingTagAloneOnItsLineLetsTheNextTagStandAlone() throws {
        #expect(try TemplateHarness.render("a {{#on}}\nb\n{{/on}}\n{{#on}}\nc\n{{/on}}\n", root) == "a \nb\nc\n")
    }

    @Test func standaloneCommentsDelimitersAndPragmasTakeTheirLines() throws {
        #expect(try TemplateHarness.render("a\n  {{! note }}\nb {{! inline }}c\n", root) == "a\nb c\n")
        #expect(try TemplateHarness.render("{{=<% %>=}}\n<% v %>{{v}}\n  <%={{ }}=%>  \n{{v}}\n", root) == "x{{v}}\nx\n")
        #expect(try TemplateHarness.render("{{% CONTENT_TYPE: TEXT}}\n{{v}}\n", root) == "x\n")
        #expect(try TemplateHarness.render("{{!\nmulti\nline\n}}\nv\n", root) == "v\n")
    }

    @Test func crlfLinesAreStandaloneToo() throws {
        #expect(try TemplateHarness.render("{{#on}}\r\nin\r\n{{/on}}\r\nout", root) == "in\r\nout")
    }

    @Test func aStandalonePartialIsIndentedLineByLine() throws {
        let output = try TemplateHarness.render("list:\n  {{> item}}\nend\n", root,
                                                partials: ["item": "{{#items}}\n- {{.}}\n{{/items}}\n"])
        #expect(output == "list:\n  - a\n  - b\nend\n")
        #expect(try TemplateHarness.render("[{{> p}}]", root, partials: ["p": "1\n2"]) == "[1\n2]", "inline: not indented")
    }

    @Test func textWithoutTagsIsKeptExactly() throws {
        let text = "  lead\n\ttab \r\n{ { not a tag } }\n}} {\ntrailing   "
        #expect(try TemplateHarness.render(text, root) == text)
    }

    @Test func nestedIndentedPartialsAddTheirIndentation() throws {
        let output = try TemplateHarness.render("  {{> outer}}\n", root,
                                                partials: ["outer": "o1\n  {{> inner}}\no2\n", "inner": "i1\ni2\n"])
        #expect(output == "  o1\n    i1\n    i2\n  o2\n")
    }
}
