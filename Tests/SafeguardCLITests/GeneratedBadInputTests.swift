import Foundation
import Testing

/// Bad inputs that cannot be committed: made at run time in a temporary folder.
@Suite(.serialized) final class GeneratedBadInputTests {
    let folder: URL

    init() throws { folder = try CLI.temporaryFolder() }
    deinit { try? FileManager.default.removeItem(at: folder) }

    func write(_ name: String, _ text: String) throws -> String {
        let url = folder.appendingPathComponent(name)
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data(text.utf8).write(to: url)
        return url.path
    }

    static let manifest = "safeguard: deployment/v1\ndeployment: {id: bad-input, name: Bad Input}\n"

    static func manifest(evidencePath path: String) -> String {
        manifest + "evidence:\n  - {id: notes, kind: document, path: \(path)}\n"
    }

    /// Runs `command path -o …` and checks it fails before writing.
    func expectRejected(_ arguments: [String], naming file: String, at: String?, message: String) throws {
        let report = folder.appendingPathComponent("out/report.json")
        let command = arguments.first == "audit"
            ? arguments + ["--format", "json", "-o", report.path, "--as-of", "2026-11-15"] : arguments
        let run = try Guarded.run(command)
        Guarded.expectRejected(run, naming: file, at: at, message: message, label: arguments.joined(separator: " "))
        #expect(!FileManager.default.fileExists(atPath: report.path), "\(arguments) wrote \(report.path)")
        Guarded.printTimings([(run.duration, arguments.joined(separator: " "))], label: "generated")
    }

    @Test func sixtyMegabyteFileIsRejectedBySize() throws {
        let url = folder.appendingPathComponent("huge.yaml")
        #expect(FileManager.default.createFile(atPath: url.path, contents: nil))
        let handle = try FileHandle(forWritingTo: url)
        let block = Data((Self.manifest + String(repeating: "# padding line for the size cap\n", count: 32_768)).utf8)
        while try handle.offset() < 60_000_000 { handle.write(block) }
        try handle.close()
        for command in ["lint", "audit"] {
            try expectRejected([command, url.path], naming: url.path, at: nil, message: "larger than the 4 MiB limit")
        }
    }

    /// Under the size cap but millions of one-character items: rejected before Yams builds them.
    @Test(arguments: [("flow", "x: [" + Array(repeating: "0", count: 1_900_000).joined(separator: ",") + "]\n"),
                      ("block", String(repeating: "- {a: 0}\n", count: 440_000))])
    func millionsOfTinyNodesAreRejectedBeforeParsing(_ style: String, _ body: String) throws {
        let path = try write("tiny-\(style).yaml", "safeguard: deployment/v1\n" + body)
        try expectRejected(["audit", path], naming: path, at: nil, message: "far more than the 100000 nodes")
    }

    @Test func resultsFileOverItsCapIsRejected() throws {
        let manifest = try write("results/deployment.yaml", Self.manifest
                                 + "evidence:\n  - {id: run, kind: red-team, format: garak, path: report.jsonl}\n")
        let url = folder.appendingPathComponent("results/report.jsonl")
        #expect(FileManager.default.createFile(atPath: url.path, contents: nil))
        let handle = try FileHandle(forWritingTo: url)
        let line = Data((String(repeating: #"{"entry_type": "attempt", "seq": 0}"# + "\n", count: 65_536)).utf8)
        while try handle.offset() <= 70_000_000 { handle.write(line) }
        try handle.close()
        try expectRejected(["audit", manifest], naming: url.path, at: nil, message: "larger than the 64 MiB limit")
    }

    /// Quadratic search for a repeated key once made this hang; now it is one pass.
    @Test func duplicateKeyAtTheEndOfALargeMappingIsFoundQuickly() throws {
        let keys = (0..<50_000).map { "k\($0): 1\n" }.joined()
        let path = try write("wide.yaml", Self.manifest + keys + "k1: 2\n")
        try expectRejected(["lint", path], naming: path, at: "50003:1", message: "duplicate key 'k1'")
    }

    @Test func unreadableManifest() throws {
        let path = try write("locked.yaml", Self.manifest)
        try FileManager.default.setAttributes([.posixPermissions: 0o000], ofItemAtPath: path)
        defer { try? FileManager.default.setAttributes([.posixPermissions: 0o644], ofItemAtPath: path) }
        if geteuid() == 0 {
            // root reads any file: the manifest is fine, so lint passes.
            let run = try Guarded.run(["lint", path])
            #expect(run.status == 0, "root: \(run.stderr)")
        } else {
            try expectRejected(["lint", path], naming: path, at: nil, message: "cannot be read (permission denied?)")
            try expectRejected(["audit", path], naming: path, at: nil, message: "cannot be read (permission denied?)")
        }
    }

    @Test func unreadableEvidence() throws {
        let manifest = try write("locked-evidence/deployment.yaml", Self.manifest(evidencePath: "notes.md"))
        let evidence = try write("locked-evidence/notes.md", "Synthetic note.\n")
        try FileManager.default.setAttributes([.posixPermissions: 0o000], ofItemAtPath: evidence)
        defer { try? FileManager.default.setAttributes([.posixPermissions: 0o644], ofItemAtPath: evidence) }
        if geteuid() == 0 {
            let run = try Guarded.run(["lint", manifest])
            #expect(run.status == 0, "root: \(run.stderr)")
        } else {
            try expectRejected(["audit", manifest], naming: manifest, at: "4:39", message: "cannot be read")
        }
    }

    /// Reading a named pipe blocks until something writes to it: evidence must be a regular file.
    @Test func namedPipeAsEvidence() throws {
        let manifest = try write("pipe/deployment.yaml", Self.manifest(evidencePath: "results.yaml"))
        #expect(mkfifo(folder.appendingPathComponent("pipe/results.yaml").path, 0o600) == 0)
        try expectRejected(["audit", manifest], naming: manifest, at: "4:39", message: "is not a regular file")
    }

    /// Opening a named pipe waits for a writer; one that nobody writes to once hung the run.
    /// It now reads as empty.
    @Test func namedPipeAsManifestOrChecklist() throws {
        let path = folder.appendingPathComponent("pipe.yaml").path
        #expect(mkfifo(path, 0o600) == 0)
        for command in ["lint", "audit"] {
            try expectRejected([command, path], naming: path, at: nil, message: "is empty")
        }
        try expectRejected(["audit", "Examples/social-image-generator/deployment.yaml", "--checklist", path],
                           naming: path, at: nil, message: "is empty")
    }

    @Test func symlinkOutOfTheManifestFolder() throws {
        let outside = try write("outside/secret.md", "Synthetic file outside the manifest's folder.\n")
        let manifest = try write("linked/deployment.yaml", Self.manifest(evidencePath: "notes.md"))
        try FileManager.default.createSymbolicLink(atPath: folder.appendingPathComponent("linked/notes.md").path,
                                                   withDestinationPath: outside)
        try expectRejected(["audit", manifest], naming: manifest, at: "4:39", message: "leaves the manifest's folder")
    }

    @Test func symlinkedFolderOutOfTheManifestFolder() throws {
        _ = try write("outside-folder/notes.md", "Synthetic file outside the manifest's folder.\n")
        let manifest = try write("linked-folder/deployment.yaml", Self.manifest(evidencePath: "docs/notes.md"))
        try FileManager.default.createSymbolicLink(atPath: folder.appendingPathComponent("linked-folder/docs").path,
                                                   withDestinationPath: folder.appendingPathComponent("outside-folder").path)
        try expectRejected(["audit", manifest], naming: manifest, at: "4:39", message: "leaves the manifest's folder")
    }

    @Test func danglingSymlink() throws {
        let manifest = try write("dangling/deployment.yaml", Self.manifest(evidencePath: "notes.md"))
        try FileManager.default.createSymbolicLink(atPath: folder.appendingPathComponent("dangling/notes.md").path,
                                                   withDestinationPath: "no-such-target.md")
        try expectRejected(["audit", manifest], naming: manifest, at: "4:39", message: "does not exist")
    }

    @Test func symlinkLoops() throws {
        let loop = folder.appendingPathComponent("loop")
        try FileManager.default.createDirectory(at: loop, withIntermediateDirectories: true)
        for (name, target) in [("a.yaml", "b.yaml"), ("b.yaml", "a.yaml"), ("notes.md", "more.md"), ("more.md", "notes.md")] {
            try FileManager.default.createSymbolicLink(atPath: loop.appendingPathComponent(name).path, withDestinationPath: target)
        }
        let manifest = loop.appendingPathComponent("a.yaml").path
        try expectRejected(["lint", manifest], naming: manifest, at: nil, message: "is a loop of symbolic links")
        let pointing = try write("loop/deployment.yaml", Self.manifest(evidencePath: "notes.md"))
        try expectRejected(["audit", pointing], naming: pointing, at: "4:39", message: "'notes.md' is a loop of symbolic links")
    }

    @Test func symlinkToAFolderInside() throws {
        _ = try write("inner/docs/notes.md", "Synthetic note.\n")
        let manifest = try write("inner/deployment.yaml", Self.manifest(evidencePath: "latest"))
        try FileManager.default.createSymbolicLink(atPath: folder.appendingPathComponent("inner/latest").path,
                                                   withDestinationPath: "docs")
        try expectRejected(["audit", manifest], naming: manifest, at: "4:39", message: "is a directory, not a file")
    }

    /// A chain of 3,000 profiles, each extending the next, once overflowed the stack (exit 139);
    /// a chain may hold 32.
    @Test func aChainOfProfilesTooLongIsRejected() throws {
        func chain(_ name: String, _ length: Int) throws -> String {
            for index in 0..<length {
                let next = index + 1 < length ? "p\(index + 1).yaml" : "unicef-ai-children-3.0"
                _ = try write("\(name)/p\(index).yaml", "safeguard: profile/v1\nid: p\(index)\ntitle: P\(index)\nextends: \(next)\n")
            }
            return folder.appendingPathComponent("\(name)/p0.yaml").path
        }
        let example = "Examples/social-image-generator/deployment.yaml"
        try expectRejected(["audit", example, "--profile", try chain("chain-long", 3_000)],
                           naming: folder.appendingPathComponent("chain-long/p31.yaml").path, at: "4:10",
                           message: "a chain of extends may hold at most 32 profiles; this one goes p0 → … → p31 → p32")
        let longest = try Guarded.run(["audit", example, "--profile", try chain("chain-32", 32), "--as-of", "2026-11-22"])
        #expect(longest.status == 1, "\(longest.stderr)")  // audited; that example's gate fails
    }
}
