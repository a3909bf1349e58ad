import Foundation
import Testing
import AuditKit

/// A listing's paths are its lines as splitting at `Character.isNewline` gives them, blank ones
/// and comments (`#` first) left out, after the paths given first.
@Suite struct PathListTests {
    /// What `audit --manifests-from` did before `PathList`: split the text, drop blank lines;
    /// and comments, since then.
    static func splitting(_ listing: String) -> [String] {
        listing.split(whereSeparator: \.isNewline).map(String.init)
            .filter { !$0.trimmingCharacters(in: .whitespaces).isEmpty && !$0.hasPrefix("#") }
    }

    static let listings = [
        "", "\n", "a.yaml", "a.yaml\nb.yaml\n", "a.yaml\r\nb.yaml\r\n", "a\rb\r\rc", "a\r\r\nb",
        "a\u{0B}b\u{0C}c", "a\u{85}b\u{2028}c\u{2029}d", "  \n\t\n\u{3000}\n x.yaml \n",
        "caf\u{E9}/d.yaml\ncafe\u{301}/d.yaml", "\u{A0}\nreal.yaml\n\u{2003}\u{2003}",
        "weird\u{C2}\u{A0}name\n\u{E2}\u{80}\u{A7}.yaml", "x\u{2027}y\u{2028}z\u{80}", "tail-without-newline.yaml",
        "# portfolio of 2026-12\na.yaml\n#b.yaml\n ## kept\n./#c.yaml\r\n#", "#only a comment",
    ]

    @Test(arguments: listings)
    func linesAreWhatSplittingTheTextGave(_ listing: String) {
        #expect(Array(PathList(listing: listing)) == Self.splitting(listing))
    }

    @Test func pathsGivenFirstComeFirstAndKeepTheirBlanks() {
        let list = PathList(["one.yaml", " "], listing: "two.yaml\n\nthree.yaml")
        #expect(Array(list) == ["one.yaml", " ", "two.yaml", "three.yaml"])
        #expect(list.count == 4 && list[3] == "three.yaml")
    }

    @Test func commentsAreSkippedAndAPathMayStillStartWithAHash() {
        let listing = "# generated 2026-12-08\nteam-a/deployment.yaml\n#team-b/deployment.yaml\n./#odd.yaml\n"
        let list = PathList(listing: listing)
        #expect(Array(list) == ["team-a/deployment.yaml", "./#odd.yaml"])
    }

    @Test func aLongListingIsReadWhole() {
        let paths = (0..<10_000).map { "portfolio/deployment-\($0).yaml" }
        #expect(Array(PathList(listing: paths.joined(separator: "\n"))) == paths)
    }
}
