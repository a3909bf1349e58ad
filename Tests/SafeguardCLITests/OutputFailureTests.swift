import Foundation
import Testing

/// Outputs that cannot be written — a full disk (`/dev/full`), a missing folder, a folder in the
/// file's place — end in exit 2 and a sentence that says why, never a crash, exit 1 (which a CI
/// gate reads as a failed gate) or a Foundation error code.
@Suite final class OutputFailureTests {
    let folder: URL
    let list: String

    init() throws {
        folder = try CLI.temporaryFolder()
        list = folder.appendingPathComponent("manifests.txt").path
        try (ExitCodeTests.acme + "\n").write(toFile: list, atomically: true, encoding: .utf8)
    }

    deinit { try? FileManager.default.removeItem(at: folder) }

    /// One audit, and a portfolio run of JSON lines, each ending with `extra`.
    func audits(_ extra: [String]) -> [[String]] {
        [ExitCodeTests.audit + ["--format", "json"] + extra,
         ["audit", "--manifests-from", list, "--checklist", ExitCodeTests.checklist, "--as-of", "2026-11-22",
          "--format", "jsonl"] + extra]
    }

    /// `Terminal.write` once went through `FileHandle.write(_:)`, which traps on a full disk.
    @Test(.enabled(if: FileManager.default.fileExists(atPath: "/dev/full")))
    func stdoutOnAFullDiskExitsTwo() throws {
        for arguments in audits([]) + [ExitCodeTests.audit, ["list"], ["reference"], ["init"]] {
            let run = try Guarded.run(arguments, stdout: "/dev/full")
            Guarded.expectRejected(run, naming: "stdout", at: nil, message: "cannot write here: the disk is full",
                                   label: arguments.joined(separator: " "))
        }
    }

    @Test(.enabled(if: FileManager.default.fileExists(atPath: "/dev/full")))
    func outputToAFullDeviceExitsTwo() throws {
        for arguments in audits(["-o", "/dev/full"]) {
            let run = try Guarded.run(arguments)
            Guarded.expectRejected(run, naming: "/dev/full", at: nil, message: "cannot write here: the disk is full",
                                   label: arguments.joined(separator: " "))
            #expect(!run.stderr.contains("earlier file"), "a device has no earlier file: \(run.stderr)")
        }
    }

    @Test func outputIntoAMissingFolderExitsTwo() throws {
        let missing = folder.appendingPathComponent("missing")
        for (index, arguments) in audits(["-o", missing.appendingPathComponent("result").path]).enumerated() {
            let run = try Guarded.run(arguments)
            Guarded.expectRejected(run, naming: missing.appendingPathComponent("result").path, at: nil,
                                   message: "cannot write here: its folder '\(missing.path)' does not exist",
                                   label: "run \(index)")
        }
        #expect(!FileManager.default.fileExists(atPath: missing.path))
    }

    /// The rename over a folder fails; the folder is left as it was, and no temporary file.
    @Test func outputOverAFolderExitsTwoAndLeavesNothing() throws {
        let target = folder.appendingPathComponent("out")
        try FileManager.default.createDirectory(at: target, withIntermediateDirectories: false)
        for (index, arguments) in audits(["-o", target.path]).enumerated() {
            let run = try Guarded.run(arguments)
            Guarded.expectRejected(run, naming: target.path, at: nil,
                                   message: "cannot write here: it is a folder, not a file", label: "run \(index)")
        }
        #expect(try FileManager.default.contentsOfDirectory(atPath: target.path).isEmpty)
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted() == ["manifests.txt", "out"])
    }

    @Test func keygenIntoAMissingFolderExitsTwo() throws {
        let key = folder.appendingPathComponent("missing/signing.pem").path
        let run = try Guarded.run(["keygen", "-o", key])
        Guarded.expectRejected(run, naming: key, at: nil, message: "its folder", label: "keygen")
        #expect(!FileManager.default.fileExists(atPath: folder.appendingPathComponent("missing").path))
    }

    /// `/proc` exists but refuses new files with ENOENT, which was once put as "does not exist".
    @Test(.enabled(if: FileManager.default.fileExists(atPath: "/proc/self")))
    func outputIntoAFolderThatTakesNoFilesSaysSo() throws {
        for (index, arguments) in audits(["-o", "/proc/safeguard-result"]).enumerated() {
            let run = try Guarded.run(arguments)
            Guarded.expectRejected(run, naming: "/proc/safeguard-result", at: nil,
                                   message: "cannot write here: its folder '/proc' takes no new files", label: "run \(index)")
        }
    }
}
