import Testing
@testable import AuditKit

/// `TemplateEncoder` gives templates the values they read: property names as fields, leaves as
/// they are, nil optionals as `.null`, single values unwrapped.
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
            try list.encode(2)
        }
    }

    @Test func structsBecomeObjectsOfTheirProperties() throws {
        let row = Row(id: "INF-01", count: 3, share: 0.5, open: true, note: nil,
                      day: try #require(Day(iso: "2026-11-22")), tone: .loud, tags: ["a", "b"])
        let tree = try TemplateEncoder.tree(of: Page(title: "T", rows: [row], missing: nil))
        #expect(tree == .object([
            "title": .text("T"), "missing": .null,
            "rows": .list([.object([
                "id": .text("INF-01"), "count": .integer(3), "share": .number(0.5), "open": .flag(true),
                "note": .null, "day": .text("2026-11-22"), "tone": .text("very-loud"),
                "tags": .list([.text("a"), .text("b")]),
            ])]),
        ]))
    }

    @Test func leavesStayAsTheyAre() throws {
        #expect(try TemplateEncoder.tree(of: "text") == .text("text"))
        #expect(try TemplateEncoder.tree(of: 7) == .integer(7))
        #expect(try TemplateEncoder.tree(of: false) == .flag(false))
        #expect(try TemplateEncoder.tree(of: [1, 2]) == .list([.integer(1), .integer(2)]))
    }

    @Test func nestedContainersAreReadOutWhenFinishedInPlace() throws {
        #expect(try TemplateEncoder.tree(of: Nested()) == .object([
            "inner": .object(["inner": .text("deep")]),
            "list": .list([.integer(1), .object(["inner": .flag(true)]), .integer(2)]),
        ]))
    }
}
