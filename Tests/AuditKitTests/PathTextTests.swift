import Foundation
import Testing
import AuditKit

/// `PathText` does what `NSString`'s path methods mean, without the crash of
/// `deletingLastPathComponent` on a one-letter last component.
@Suite struct PathTextTests {
    static let parents: [(String, String)] = [
        ("", ""), ("/", "/"), ("//", "/"), ("a", ""), ("a/", ""), ("a//", ""), ("b", ""), ("/a", "/"),
        ("/a/", "/"), ("//a", "/"), ("a/b", "a"), ("a/b/", "a"), ("a//b", "a"), ("/a/b/c.yaml", "/a/b"),
        ("./a.yaml", "."), ("../a.yaml", ".."), ("a/./b", "a/."), (".", ""), ("..", ""), ("/..", "/"),
        ("deployment.yaml", ""), ("Examples/x/deployment.yaml", "Examples/x"), ("///a///b///", "/a"),
        ("x//y//z", "x/y"), ("café/d.yaml", "café"), ("a b/c d.yaml", "a b"),
    ]

    @Test(arguments: parents)
    func parentDropsTheLastComponent(_ path: String, _ parent: String) {
        #expect(PathText.parent(of: path) == parent)
    }

    /// Where `NSString` does not crash and has no doubled slash to keep, the two agree.
    @Test(arguments: ["ab", "ab/", "/ab", "ab/cd", "/ab/cd/ef.yaml", "./ab", "../ab/cd", "Examples/x1/deployment.yaml",
                      "", "/", "x/./yz", ".build/bench/portfolio-10000/deployment-00000.yaml"])
    func parentIsNSStringsForCleanPaths(_ path: String) {
        #expect(PathText.parent(of: path) == (path as NSString).deletingLastPathComponent)
    }

    static let folders = ["", "/", "//", "a", "a/", "a//", "/a", "/a/", "a/b", "ab", "./a", "x/../y", "a//b"]

    @Test(arguments: folders)
    func joiningIsAppendingAPathComponent(_ folder: String) {
        for component in ["", "a", "a/b", "/a", "a/", "a//b", "./x", "../x", "evidence/redteam.json"] {
            #expect(PathText.joining(folder, component)
                    == (folder as NSString).appendingPathComponent(component), "\(folder) + \(component)")
        }
    }
}
