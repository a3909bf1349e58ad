import Foundation
import Testing
import Mustache
@testable import AuditKit

/// `TemplateEncoder` gives Mustache the dictionaries and arrays it reads names from: property
/// names as keys, leaves as they are, nil optionals as empty values, single values unwrapped.
@Suite struct TemplateEncoderTests {
    enum Tone: String, Encodable { case calm, loud = "very-loud" }

    struct Row: Encodable {
        let id: String
        let count: Int
        let share: Double
        let open: Bool
        let note: String?
        let day: Day
        let tone: Tone
        let tags: [String]
    }

    struct Page: Encodable {
        let title: String
        let rows: [Row]
        let missing: Row?
    }

    /// Writes its fields through nested containers, which synthesized conformances never do.
    struct Nested: Encodable {
        enum Keys: String, CodingKey { case inner, list }
        func encode(to encoder: any Encoder) throws {
            var container = encoder.container(keyedBy: Keys.self)
            var inner = container.nestedContainer(keyedBy: Keys.self, forKey: .inner)
            try inner.encode("deep", forKey: .inner)
            var list = container.nestedUnkeyedContainer(forKey: .list)
            try list.encode(1)
            var element = list.nestedContainer(keyedBy: Keys.self)
            try element.encode(true, forKey: .inner)
        }
    }

    static func row() throws -> Row {
        Row(id: "INF-01", count: 3, share: 0.5, open: true, note: nil,
            day: try #require(Day(iso: "2026-11-22")), tone: .loud, tags: ["a", "b"])
    }

    @Test func structsBecomeDictionariesOfTheirProperties() throws {
        let tree = try #require(try TemplateEncoder.tree(of: Page(title: "T", rows: [try Self.row()], missing: nil))
                                as? [String: Any])
        #expect(tree.keys.sorted() == ["missing", "rows", "title"])
        #expect(tree["missing"] is TemplateNull)
        #expect(tree["title"] as? String == "T")
        let rows = try #require(tree["rows"] as? [Any])
        let row = try #require(rows.first as? [String: Any])
        #expect(row.keys.sorted() == ["count", "day", "id", "note", "open", "share", "tags", "tone"])
        #expect(row["note"] is TemplateNull)
        #expect(row["id"] as? String == "INF-01")
        #expect(row["count"] as? Int == 3)
        #expect(row["share"] as? Double == 0.5)
        #expect(row["open"] as? Bool == true)
        #expect(row["day"] as? String == "2026-11-22")
        #expect(row["tone"] as? String == "very-loud")
        #expect(row["tags"] as? [String] == ["a", "b"])
    }

    @Test func leavesStayAsTheyAre() throws {
        #expect(try TemplateEncoder.tree(of: "text") as? String == "text")
        #expect(try TemplateEncoder.tree(of: 7) as? Int == 7)
        #expect(try TemplateEncoder.tree(of: false) as? Bool == false)
        #expect(try TemplateEncoder.tree(of: [1, 2]) as? [Int] == [1, 2])
    }

    @Test func nestedContainersAreReadOutWhenFinished() throws {
        let tree = try #require(try TemplateEncoder.tree(of: Nested()) as? [String: Any])
        #expect((tree["inner"] as? [String: Any])?["inner"] as? String == "deep")
        let list = try #require(tree["list"] as? [Any])
        #expect(list.count == 2)
        #expect(list.first as? Int == 1)
        #expect((list.last as? [String: Any])?["inner"] as? Bool == true)
    }
}

/// A nil field is empty where it is: Mustache does not find the same name further out.
@Suite struct TemplateNullTests {
    struct Finding: Encodable {
        struct Reason: Encodable {
            let message: String
            let location: String?
        }
        let location: String?
        let reasons: [Reason]
    }

    @Test func aReasonWithoutALocationDoesNotShowItsFindingsLocation() throws {
        let template = try MustacheTemplate(string:
            "{{#reasons}}{{message}}{{#location}} at {{.}}{{/location}}{{^location}} (nowhere){{/location}}; {{/reasons}}"
            + "[{{#reasons}}{{location}}|{{/reasons}}]")
        let finding = Finding(location: "m.yaml:3", reasons: [.init(message: "a", location: nil),
                                                              .init(message: "b", location: "m.yaml:9")])
        let tree = try #require(try TemplateEncoder.tree(of: finding))
        #expect(template.render(tree) == "a (nowhere); b at m.yaml:9; [|m.yaml:9|]")
    }
}
