import Foundation

/// A named pipe in a fresh folder, drained on another thread: stands in for `/dev/null` or
/// `/dev/stdout` given to `-o`, without touching the real devices.
final class NamedPipe: @unchecked Sendable {
    let path: String
    private var received = Data()
    private let done = DispatchSemaphore(value: 0)

    init() throws {
        path = try CLI.temporaryFolder().appendingPathComponent("pipe").path
        guard mkfifo(path, 0o600) == 0 else { throw CocoaError(.fileWriteUnknown) }
        Thread.detachNewThread { [self] in
            // Blocks until a writer opens the pipe, then reads until it closes it.
            if let handle = FileHandle(forReadingAtPath: path) { received = handle.readDataToEndOfFile() }
            done.signal()
        }
    }

    /// What the writer sent, once it has closed the pipe; empty when no writer opened it
    /// within ten seconds (the writer then wrote somewhere else).
    func bytes() -> Data {
        done.wait(timeout: .now() + 10) == .success ? received : Data()
    }

    /// Whether the path is still a named pipe (rather than a file renamed over it).
    var isStillAPipe: Bool {
        var info = stat()
        return stat(path, &info) == 0 && info.st_mode & S_IFMT == S_IFIFO
    }
}
