import Foundation
import Testing

/// A manifest's path can be anything the shell gives: a one-letter name in the current folder
/// crashed the audit once (Foundation's `deletingLastPathComponent` on Linux traps on it).
@Suite struct ManifestPathTests {
    /// The guarded example, copied with its evidence into a fresh folder, its manifest named `name`.
    static func example(named name: String) throws -> URL {
        let folder = try CLI.temporaryFolder()
        let example = CLI.root.appendingPathComponent("Examples/guarded-image-generator")
        for item in try FileManager.default.contentsOfDirectory(atPath: example.path) {
            try FileManager.default.copyItem(at: example.appendingPathComponent(item),
                                             to: folder.appendingPathComponent(item))
        }
        try FileManager.default.moveItem(at: folder.appendingPathComponent("deployment.yaml"),
                                         to: folder.appendingPathComponent(name))
        return folder
    }

    @Test(arguments: ["a", "./a", "b/"])
    func aOneLetterManifestPathIsAudited(_ path: String) throws {
        let folder = try Self.example(named: "a")
        if path.hasSuffix("/") {  // a one-letter folder holding the manifest
            try FileManager.default.createDirectory(at: folder.appendingPathComponent("b"), withIntermediateDirectories: false)
            try FileManager.default.moveItem(at: folder.appendingPathComponent("evidence"),
                                             to: folder.appendingPathComponent("b/evidence"))
            try FileManager.default.moveItem(at: folder.appendingPathComponent("a"), to: folder.appendingPathComponent("b/a"))
        }
        let manifest = path.hasSuffix("/") ? path + "a" : path
        #expect(try CLI.run(["keygen", "-o", "k.pem"], in: folder).status == 0)
        let run = try CLI.run(["audit", manifest, "--format", "json", "-o", "r.json", "--as-of", "2026-11-22",
                               "--sign-key", "k.pem"], in: folder)
        #expect(run.status == 0, "\(run.stderr)")
        let result = try String(contentsOf: folder.appendingPathComponent("r.json"), encoding: .utf8)
        #expect(result.contains("\"path\" : \"\(manifest)\""))
        let verify = try CLI.run(["verify", "r.json", "--key", "k.pem.pub", "--inputs"], in: folder)
        #expect(verify.status == 0, "\(verify.stderr)")
        let list = folder.appendingPathComponent("list.txt")
        try "\(manifest)\n".write(to: list, atomically: true, encoding: .utf8)
        let portfolio = try CLI.run(["audit", "--manifests-from", list.path, "--format", "jsonl", "--as-of", "2026-11-22"],
                                    in: folder)
        #expect(portfolio.status == 0 && portfolio.stdout.split(separator: "\n").count == 1, "\(portfolio.stderr)")
    }
}
