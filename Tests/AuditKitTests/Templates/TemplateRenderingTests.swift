import Foundation
import Testing
@testable import AuditKit

/// Values, sections and lookups: what a template prints for a view model.
@Suite struct TemplateRenderingTests {
    let root = TemplateValue.object([
        "name": .text("Acme <AI> & \"friends\" 'x'"),
        "count": .integer(3), "share": .number(0.5), "open": .flag(true), "closed": .flag(false),
        "none": .null, "empty": .list([]),
        "items": .list([.object(["id": .text("a")]), .object(["id": .text("b"), "name": .text("inner")])]),
        "tags": .list([.text("y"), .text("x")]),
        "owner": .object(["team": .object(["lead": .text("Ada")])]),
    ])

    @Test func variablesPrintEscapedForHTMLUnlessTripleOrAmpersand() throws {
        #expect(try TemplateHarness.render("{{name}}", root) == "Acme &lt;AI&gt; &amp; &quot;friends&quot; &#39;x&#39;")
        #expect(try TemplateHarness.render("{{{name}}}|{{&name}}", root)
                == "Acme <AI> & \"friends\" 'x'|Acme <AI> & \"friends\" 'x'")
        #expect(try TemplateHarness.render("{{count}} {{share}} {{open}} {{closed}}[{{none}}][{{missing}}]", root)
                == "3 0.5 true false[][]")
        #expect(try TemplateHarness.render("[{{items}}][{{owner}}]", root) == "[][]", "lists and objects print nothing")
    }

    @Test func aQuoteFollowedByACombiningMarkIsStillEscaped() throws {
        let value = TemplateValue.object(["v": .text("\"\u{301}<\u{301}")])
        #expect(try TemplateHarness.render("{{v}}", value) == "&quot;\u{301}&lt;\u{301}")
    }

    @Test func sectionsRepeatOverListsAndOpenObjects() throws {
        #expect(try TemplateHarness.render("{{#items}}<{{id}}:{{name}}>{{/items}}", root)
                == "<a:Acme &lt;AI&gt; &amp; &quot;friends&quot; &#39;x&#39;><b:inner>",
                "a name missing from the item is found further out")
        #expect(try TemplateHarness.render("{{#tags}}{{.}},{{/tags}}", root) == "y,x,")
        #expect(try TemplateHarness.render("{{#owner}}{{team.lead}}{{/owner}}|{{owner.team.lead}}", root) == "Ada|Ada")
        #expect(try TemplateHarness.render("{{#count}}[{{.}}]{{/count}}", root) == "[3]")
    }

    @Test func falsyValuesSkipSectionsAndShowInvertedOnes() throws {
        let template = "{{#K}}yes{{/K}}{{^K}}no{{/K}}"
        let cases: [(String, String)] = [("open", "yes"), ("closed", "no"), ("none", "no"), ("missing", "no"),
                                         ("empty", "no"), ("tags", "yesyes"), ("name", "yes"), ("owner", "yes")]
        for (key, expected) in cases {
            #expect(try TemplateHarness.render(template.replacingOccurrences(of: "K", with: key), root) == expected, "\(key)")
        }
    }

    @Test func aNullFieldIsNotLookedUpFurtherOut() throws {
        let value = TemplateValue.object([
            "location": .text("m.yaml:3"),
            "reasons": .list([.object(["message": .text("a"), "location": .null]),
                              .object(["message": .text("b"), "location": .text("m.yaml:9")])]),
        ])
        let template = "{{#reasons}}{{message}}{{#location}} at {{.}}{{/location}}{{^location}} (nowhere){{/location}}; "
            + "{{/reasons}}[{{#reasons}}{{location}}|{{/reasons}}]"
        #expect(try TemplateHarness.render(template, value) == "a (nowhere); b at m.yaml:9; [|m.yaml:9|]")
    }

    @Test func aDottedNameIsResolvedFromItsFirstPartOnly() throws {
        let value = TemplateValue.object(["a": .object(["b": .object([:])]), "c": .text("outer")])
        #expect(try TemplateHarness.render("[{{a.b.c}}]", value) == "[]", "c is not looked for outside a.b")
        #expect(try TemplateHarness.render("{{#a}}[{{.c}}][{{c}}]{{/a}}", value) == "[][outer]")
    }

    @Test func transformsApplyInnermostFirst() throws {
        #expect(try TemplateHarness.render("{{count(items)}} {{#empty(empty)}}none{{/empty(empty)}}", root) == "2 none")
        #expect(try TemplateHarness.render("{{^empty(tags)}}some{{/empty(tags)}}", root) == "some")
        #expect(try TemplateHarness.render("{{#sorted(tags)}}{{.}}{{/sorted(tags)}} {{first(reversed(tags))}}", root) == "xy x")
        #expect(try TemplateHarness.render("{{uppercased(owner.team.lead)}} {{plusone(count)}} {{#odd(count)}}odd{{/odd(count)}}",
                                           root) == "ADA 4 odd")
        #expect(try TemplateHarness.render("[{{unknown(tags)}}][{{uppercased(count)}}]", root) == "[][]")
    }

    @Test func listPositionsAreReadable() throws {
        #expect(try TemplateHarness.render("{{#tags}}{{index()}}{{#first()}}^{{/first()}}{{.}}{{^last()}},{{/last()}}{{/tags}}",
                                           root) == "0^y,1x")
    }

    @Test func markdownContentTypeEscapesForMarkdownUntilThePartialEnds() throws {
        let value = TemplateValue.object(["v": .text("a|b*\nc<d>")])
        let output = try TemplateHarness.render("{{% CONTENT_TYPE: MARKDOWN}}\n{{v}} {{> p}} {{v}}", value,
                                                partials: ["p": "{{v}}"])
        #expect(output == "a\\|b\\* c&lt;d&gt; a|b*\nc&lt;d&gt; a\\|b\\* c&lt;d&gt;",
                "the partial starts as HTML; the caller's type holds after it")
        #expect(try TemplateHarness.render("{{% CONTENT_TYPE: TEXT}}{{v}}", value) == "a|b*\nc<d>")
    }

    @Test func aSectionsContentTypeDoesNotLeakOut() throws {
        let value = TemplateValue.object(["v": .text("<")])
        #expect(try TemplateHarness.render("{{#v}}{{% CONTENT_TYPE: TEXT}}{{.}}{{/v}}{{v}}", value) == "<&lt;")
    }
}
