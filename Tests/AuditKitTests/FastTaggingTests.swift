import Testing
import Yams
@testable import AuditKit

/// The tags decided without Yams' regular expressions are the tags those expressions give.
@Suite struct FastTaggingTests {
    static func yams(_ string: String) -> Yams.Tag.Name {
        Resolver.default.resolveTag(of: Node.scalar(.init(string)))
    }

    @Test(arguments: [("0", Yams.Tag.Name.int), ("7", .int), ("2026", .int), ("2026-11-01", .timestamp),
                      ("0.995", .float), ("12.5", .float), ("0.13.1", .str), ("1.2.3.4", .str)])
    func evidenceShapesAreDecidedWithoutARegularExpression(_ string: String, _ tag: Yams.Tag.Name) {
        #expect(FastTagging.shapeName(of: string) == tag)
        #expect(Self.yams(string) == tag)
    }

    @Test(arguments: ["", "0123", "08", "-1", "+1", "1_000", "0x1F", "0o17", "0b101", "1e5", "1.5e3",
                      "1:30", "2026-1-01", "2026-11-01T10:00:00Z", ".5", "5.", "1..2", "12-34",
                      "2026-11-01\n", "1\n", "1.0\n", "٣"])
    func otherShapesAreLeftToYams(_ string: String) {
        #expect(FastTagging.shapeName(of: string) == nil)
    }

    /// Every string of up to four characters from an alphabet of the rules' characters, and a
    /// few longer ones.
    @Test func everyShortStringGetsYamsTag() {
        let alphabet = Array("019.-_:eExob+ Tn\n")
        var strings = [""]
        var frontier = [""]
        for _ in 1...4 {
            frontier = frontier.flatMap { prefix in alphabet.map { prefix + String($0) } }
            strings += frontier
        }
        strings += ["2026-11-01", "2026-13-45", "0000-00-00", "123.456", "1.2.3", "10.0.0.1", "99999999999999999999"]
        for string in strings {
            #expect(FastTagging.name(of: string) == Self.yams(string), "\(string.debugDescription)")
        }
    }
}
