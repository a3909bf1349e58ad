import Foundation
import Testing
@testable import AuditKit

/// Swift Testing has a `SourceLocation` of its own.
private typealias Location = AuditKit.SourceLocation

/// Locations name their file through an interned `FileName`: one name per distinct spelling,
/// told apart by bytes, with equality, order, hashing and coding as when the file was a string.
@Suite struct SourceLocationTests {
    static let composed = "reports/caf\u{E9}.yaml"
    static let decomposed = "reports/cafe\u{301}.yaml"

    @Test func theSameSpellingIsOneNameHoweverTheStringWasMade() {
        let made = ["deploy", "ment.yaml"].joined()
        #expect(FileName.interned(made) == FileName.interned("deployment.yaml"))
        #expect(Location(file: made, line: 3, column: 4) == Location(file: "deployment.yaml", line: 3, column: 4))
        #expect(Location.InFile("deployment.yaml")(3, 4) == Location(file: made, line: 3, column: 4))
    }

    @Test func canonicallyEquivalentSpellingsAreDistinctFilesKeptAsGiven() {
        #expect(Self.composed == Self.decomposed)  // Swift's String ==, which names must not use
        let (first, second) = (Location(file: Self.composed, line: 1, column: 1),
                               Location(file: Self.decomposed, line: 1, column: 1))
        #expect(first != second)
        #expect(Array(first.file.utf8) == Array(Self.composed.utf8))
        #expect(Array(second.file.utf8) == Array(Self.decomposed.utf8))
        #expect((first < second) != (second < first))
        #expect(Set([first, second, first]).count == 2)
    }

    @Test func namesInternedFromManyThreadsAtOnceAreOnePerSpelling() {
        let spellings = (0..<64).map { "concurrent/\($0 % 16)/deployment.yaml" }
        let names = Parallel.map(spellings.count) { FileName.interned(spellings[$0]) }
        for (index, name) in names.enumerated() {
            #expect(name == FileName.interned(spellings[index % 16]))
            #expect(name.text == spellings[index])
        }
        #expect(Set(names).count == 16)
    }

    @Test func manyLongAndEmptyNamesKeepTheirBytes() {
        // More names than the table's first slots, more bytes than a block, one longer than a
        // block, and the empty name.
        let texts = (0..<6000).map { "portfolio/\($0)/deployment-\($0).yaml" }
            + [String(repeating: "long/", count: 60_000), ""]
        let names = texts.map(FileName.interned)
        #expect(zip(texts, names).allSatisfy { $0.utf8.elementsEqual($1.utf8) })
        #expect(zip(texts, names).allSatisfy { FileName.interned($0) == $1 })
        #expect(Set(names).count == texts.count)
    }

    @Test func locationsOrderByFileThenLineThenColumn() {
        let sorted = [Location(file: "b.yaml", line: 1, column: 1),
                      Location(file: "a.yaml", line: 9, column: 2),
                      Location(file: "a.yaml", line: 9, column: 1),
                      Location(file: "a.yaml", line: 2, column: 7)].sorted()
        #expect(sorted.map(\.description) == ["a.yaml:2:7", "a.yaml:9:1", "a.yaml:9:2", "b.yaml:1:1"])
    }

    @Test func linesAndColumnsStartAtOne() {
        #expect(Location(file: "x", line: 0, column: -3).description == "x:1:1")
        #expect(Location.InFile("x")(0, 0).description == "x:1:1")
    }

    @Test func codingKeepsTheFileTheLineAndTheColumn() throws {
        let location = Location(file: Self.decomposed, line: 12, column: 5)
        let data = try JSONEncoder().encode(location)
        let object = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        #expect(object["line"] as? Int == 12 && object["column"] as? Int == 5)
        let decoded = try JSONDecoder().decode(Location.self, from: data)
        #expect(decoded == location)
        #expect(Array(decoded.file.utf8) == Array(Self.decomposed.utf8))
    }
}
