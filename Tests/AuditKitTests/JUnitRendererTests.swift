import Foundation
import Testing
@testable import AuditKit

/// JUnit XML: one test case per control with the right failure, error or skip, counts that add
/// up, and hostile text that survives as text.
@Suite struct JUnitRendererTests {
    /// Markup, a CDATA closer, an ampersand, both quotes and a control character.
    static let hostile = "<script>alert('x')</script> ]]> & \"quoted\" \u{1}bell"
    /// What a parser should read back: the same without the control character.
    static let hostileReadBack = "<script>alert('x')</script> ]]> & \"quoted\" bell"

    /// Every outcome once: passed, not-reviewed, failed, waived (with its waiver), error and
    /// not-applicable.
    static func everyOutcome() throws -> AuditResult {
        var json = try ResultJSON()
        json.patch(control: "INF-01", ["outcome": "not-reviewed"])
        json.patch(control: "MLR-01", ["outcome": "waived", "waived_outcome": "failed"])
        json.patch(control: "SOC-01", ["outcome": "error"])
        json.add(copying: "PROV-01", as: "NA-01", ["outcome": "not-applicable"])
        json.add(copying: "PROV-01", as: "OK-01", ["outcome": "passed"])
        json.patch(["waivers": [["control": "MLR-01", "status": "applied", "justification": "Vendor fix due",
                                 "approved_by": "CISO", "approved_on": "2026-11-01", "expires": "2027-01-31",
                                 "location": ["file": "Fixtures/acme/deployment.yaml", "line": 20,
                                              "column": 5]]]])
        return try json.decoded()
    }

    static func parse(_ result: AuditResult) throws -> ParsedXML {
        try #require(ParsedXML.parse(JUnitRenderer().render(result)), "not well-formed XML")
    }

    @Test func suiteCountsAddUp() throws {
        let document = try Self.parse(try Self.everyOutcome())
        let suite = try #require(document.all("testsuite").first)
        #expect(document.all("testsuites").count == 1)
        #expect(suite.attributes["tests"] == "6")
        #expect(suite.attributes["failures"] == "2")
        #expect(suite.attributes["errors"] == "1")
        #expect(suite.attributes["skipped"] == "2")
        #expect(document.all("testcase").count == 6)
        #expect(document.all("failure").map { $0.attributes["type"] } == ["not-reviewed", "failed"])
        #expect(document.all("error").map { $0.attributes["type"] } == ["error"])
        #expect(document.all("skipped").count == 2)
    }

    @Test func suiteHasTheAttributesTheSchemaRequires() throws {
        let suite = try #require(try Self.parse(try RendererGoldenTests.result()).all("testsuite").first)
        #expect(suite.attributes["name"] == "acme-imagine")
        #expect(suite.attributes["package"] == "test-checklist")
        #expect(suite.attributes["id"] == "0")
        #expect(suite.attributes["timestamp"] == "2026-11-22T00:00:00")
        #expect(suite.attributes["hostname"] == "localhost")
        #expect(suite.attributes["time"] == "0")
        let document = try Self.parse(try RendererGoldenTests.result())
        #expect(document.all("properties").count == 1)
        #expect(document.all("system-out").count == 1 && document.all("system-err").count == 1)
    }

    @Test func testCasesNameTheControlAndItsRequirement() throws {
        let result = try RendererGoldenTests.result()
        let cases = try Self.parse(result).all("testcase")
        #expect(cases.map { $0.attributes["classname"] } == result.controls.map { "test-checklist.\($0.requirement)" })
        #expect(cases[1].attributes["name"]?.hasPrefix("PROV-01: ") == true)
        #expect(cases.allSatisfy { $0.attributes["time"] == "0" })
    }

    @Test func failureCarriesReasonsLocationAndFix() throws {
        let failure = try #require(try Self.parse(try RendererGoldenTests.result()).all("failure").first)
        #expect(failure.attributes["type"] == "failed")
        #expect(failure.attributes["message"]?.contains("safeguards.provenance.c2pa is false") == true)
        #expect(failure.text.contains("at Fixtures/acme/deployment.yaml:11:22"))
        #expect(failure.text.contains("fix: "))
    }

    @Test func waivedSkipNamesTheWaiver() throws {
        let skips = try Self.parse(try Self.everyOutcome()).all("skipped")
        let waived = try #require(skips.first?.attributes["message"])
        #expect(waived.hasPrefix("waived (failed) by CISO until 2027-01-31"))
        #expect(skips.last?.attributes["message"]?.hasPrefix("not-applicable") == true)
    }

    @Test func hostileTextIsEscapedAndReadsBackIntact() throws {
        var json = try ResultJSON()
        json.patch(control: "PROV-01", ["title": Self.hostile,
                                        "reasons": [["message": Self.hostile + "\nsecond line"]]])
        json.patch(["deployment": ["id": "dep<&>\"'"]])
        let xml = JUnitRenderer().render(try json.decoded())
        #expect(!xml.contains("<script>") && !xml.contains("]]>") && !xml.contains("\u{1}"))
        #expect(!xml.contains("& ") && !xml.contains("\"quoted\""))
        let document = try #require(ParsedXML.parse(xml), "not well-formed XML")
        #expect(document.all("testcase")[1].attributes["name"] == "PROV-01: " + Self.hostileReadBack)
        let failure = try #require(document.all("failure").first)
        #expect(failure.attributes["message"] == "medium: " + Self.hostileReadBack + " second line")
        #expect(failure.text.hasPrefix(Self.hostileReadBack + "\nsecond line"))
        #expect(document.all("testsuite").first?.attributes["name"] == "dep<&>\"'")
    }

    @Test(arguments: [("a\tb\nc\rd", "a&#9;b&#10;c&#13;d"), ("\u{0}\u{8}\u{B}\u{C}\u{1F}\u{7F}\u{FFFE}x", "x"),
                      ("é ✓ 😀", "é ✓ 😀"), ("<'&'>", "&lt;&apos;&amp;&apos;&gt;"), ("plain words", "plain words"),
                      ("ends in a quote\"", "ends in a quote&quot;"), ("\u{85}x", "x"), ("", "")])
    func attributeEscaping(_ input: String, _ expected: String) {
        #expect(XMLText.attribute(input) == expected)
    }

    @Test func contentKeepsLineBreaksAndTabs() {
        #expect(XMLText.content("a\tb\nc\r\"]]>") == "a\tb\nc&#13;&quot;]]&gt;")
        #expect(XMLText.content("a\tb\nc") == "a\tb\nc")
        #expect(XMLText.content("x\u{7F}y\u{1}") == "xy")
    }

    @Test func rendersAreByteIdentical() throws {
        #expect(JUnitRenderer().render(try Self.everyOutcome()) == JUnitRenderer().render(try Self.everyOutcome()))
    }
}
