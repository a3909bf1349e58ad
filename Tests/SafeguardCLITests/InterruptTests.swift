import Foundation
import Testing

/// A run stopped by Ctrl-C, a cancelled CI job (SIGTERM) or a closed terminal (SIGHUP) removes
/// the temporary file it was writing and ends by that signal; one stopped half way once left
/// a 190 MB `.portfolio.jsonl.….tmp` behind.
@Suite struct InterruptTests {
    @Test(arguments: [SIGINT, SIGTERM, SIGHUP])
    func anInterruptedPortfolioRunLeavesNoTemporaryFile(_ signal: Int32) throws {
        let folder = try CLI.temporaryFolder()
        let list = folder.appendingPathComponent("list.txt")
        let manifest = CLI.root.appendingPathComponent(ExitCodeTests.acme).path
        try String(repeating: manifest + "\n", count: 50_000).write(to: list, atomically: true, encoding: .utf8)
        let out = folder.appendingPathComponent("out")
        try FileManager.default.createDirectory(at: out, withIntermediateDirectories: false)
        let process = Process()
        process.executableURL = CLI.binary
        process.currentDirectoryURL = CLI.root
        process.arguments = ["audit", "--manifests-from", list.path, "--checklist", ExitCodeTests.checklist,
                             "--format", "jsonl", "--as-of", "2026-11-22", "-o", out.appendingPathComponent("p.jsonl").path]
        (process.standardOutput, process.standardError) = (FileHandle.nullDevice, FileHandle.nullDevice)
        try process.run()
        defer { if process.isRunning { kill(process.processIdentifier, SIGKILL) } }
        try #require(Self.waitForTemporaryFile(in: out), "the run wrote no temporary file")
        kill(process.processIdentifier, signal)
        process.waitUntilExit()
        #expect(process.terminationReason == .uncaughtSignal)
        #expect(process.terminationStatus == signal)
        #expect(try FileManager.default.contentsOfDirectory(atPath: out.path) == [])
    }

    /// Whether a `.tmp` file appears in `folder` within 30 seconds.
    static func waitForTemporaryFile(in folder: URL) -> Bool {
        let deadline = Date().addingTimeInterval(30)
        while Date() < deadline {
            let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
            if names.contains(where: { $0.hasSuffix(".tmp") }) { return true }
            usleep(5_000)
        }
        return false
    }
}
