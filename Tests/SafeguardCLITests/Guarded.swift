import Foundation
import Testing

/// Runs the binary with its output in files (no pipe can fill up), timed, and checks a rejection.
enum Guarded {
    struct Run {
        let status: Int32
        let crashed: Bool
        let stdout: String
        let stderr: String
        let duration: Duration
        /// Whether the watchdog had to kill it.
        var timedOut: Bool { duration >= .seconds(Guarded.watchdogSeconds) }
    }

    /// How long a run may take before it is killed as hung.
    static let watchdogSeconds = 60

    /// Runs the binary with `arguments` in `directory`; `stdout` names a file or device to
    /// send its standard output to instead of the file that `Run.stdout` is read from, and
    /// `stdin` one to read standard input from (default: none).
    static func run(_ arguments: [String], in directory: URL = CLI.root, executable: URL = CLI.binary,
                    stdin: String? = nil, stdout: String? = nil) throws -> Run {
        let scratch = try CLI.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: scratch) }
        let out = scratch.appendingPathComponent("stdout"), err = scratch.appendingPathComponent("stderr")
        try #require(FileManager.default.createFile(atPath: out.path, contents: nil))
        try #require(FileManager.default.createFile(atPath: err.path, contents: nil))
        let process = Process()
        process.executableURL = executable
        process.arguments = arguments
        process.currentDirectoryURL = directory
        process.standardInput = try stdin.map { try FileHandle(forReadingFrom: URL(fileURLWithPath: $0)) }
            ?? FileHandle.nullDevice
        process.standardOutput = try FileHandle(forWritingTo: stdout.map(URL.init(fileURLWithPath:)) ?? out)
        process.standardError = try FileHandle(forWritingTo: err)
        let clock = ContinuousClock()
        let start = clock.now
        try process.run()
        // SIGKILL: the child inherits the signal mask of the test's thread, which blocks SIGTERM,
        // so `terminate()` could not stop a child stuck in a system call.
        let pid = process.processIdentifier
        let watchdog = DispatchWorkItem { if process.isRunning { kill(pid, SIGKILL) } }
        DispatchQueue.global().asyncAfter(deadline: .now() + .seconds(watchdogSeconds), execute: watchdog)
        process.waitUntilExit()
        watchdog.cancel()
        let duration = clock.now - start
        return Run(status: process.terminationStatus, crashed: process.terminationReason == .uncaughtSignal,
                   stdout: (try? String(contentsOf: out, encoding: .utf8)) ?? "",
                   stderr: (try? String(contentsOf: err, encoding: .utf8)) ?? "", duration: duration)
    }

    /// Exit 2, not a crash, the file named (`file:line:col: error:` or `file: error:`), the message, < 5 s.
    static func expectRejected(_ run: Run, naming file: String, at: String?, message: String, label: String) {
        #expect(!run.timedOut, "\(label): hung, killed after \(watchdogSeconds) s")
        #expect(!run.crashed, "\(label): killed by signal \(run.status)\n\(run.stderr)")
        #expect(run.status == 2, "\(label): exit \(run.status)\n\(run.stderr)")
        let headline = at.map { "\(file):\($0): error: " } ?? "\(file): error: "
        #expect(run.stderr.contains(headline), "\(label): expected '\(headline)' in\n\(run.stderr)")
        #expect(run.stderr.contains(message), "\(label): expected '\(message)' in\n\(run.stderr)")
        #expect(run.stdout.isEmpty, "\(label): wrote to stdout: \(run.stdout.prefix(300))")
        // The issue asks for a second; CI machines vary, so the hard limit is looser.
        #expect(run.duration < .seconds(5), "\(label): took \(run.duration)")
    }

    static func printTimings(_ timings: [(Duration, String)], label: String) {
        let sorted = timings.sorted { $0.0 < $1.0 }
        guard let slowest = sorted.last else { return }
        let median = sorted[sorted.count / 2].0
        let ms = { (duration: Duration) in
            String(format: "%.0f ms", Double(duration.components.seconds) * 1000
                   + Double(duration.components.attoseconds) / 1e15)
        }
        print("\(label): \(timings.count) runs, median \(ms(median)), slowest \(ms(slowest.0)) (\(slowest.1))")
    }
}
