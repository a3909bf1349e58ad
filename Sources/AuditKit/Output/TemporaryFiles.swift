import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The temporary files this process has made beside its outputs and not yet renamed or
/// removed, so that an interrupted run (Ctrl-C, a CI job cancelled with SIGTERM, a closed
/// terminal) removes them instead of leaving them behind: a portfolio run stopped half way
/// once left a 190 MB `.portfolio.jsonl.….tmp`.
///
/// `removeWhenInterrupted()` blocks SIGINT, SIGTERM and SIGHUP in the calling thread, and so in
/// every thread started after it, and waits for them on a thread of its own (`sigwait`). There,
/// in an ordinary thread rather than a signal handler, it removes the files and then ends the
/// process by the same signal, so the shell still sees it as interrupted (exit status 130 for
/// Ctrl-C).
public enum TemporaryFiles {
    /// The signals that end a run early and that a run cleans up after.
    static let signals = [SIGINT, SIGTERM, SIGHUP]

    /// Starts waiting for the signals. Call it once, early in `main`, before any other thread
    /// starts and after any `exec`: the blocked signals would pass to a new program.
    public static func removeWhenInterrupted() {
        var blocked = signalSet()
        guard pthread_sigmask(SIG_BLOCK, &blocked, nil) == 0 else { return }
        let waiter = Thread { waitAndRemove(signalSet()) }
        waiter.stackSize = 64 << 10
        waiter.start()
    }

    /// Notes a temporary file just made; if the process is already ending, removes it.
    static func created(_ path: String) {
        if !registry.add(path) { unlink(path) }
    }

    /// Notes that a temporary file was renamed into place or removed.
    public static func finished(_ path: String) {
        registry.remove(path)
    }

    /// The files being written now, for tests.
    static var current: Set<String> { registry.paths }

    private static let registry = Registry()

    private static func signalSet() -> sigset_t {
        var set = sigset_t()
        sigemptyset(&set)
        for signal in signals { sigaddset(&set, signal) }
        return set
    }

    private static func waitAndRemove(_ set: sigset_t) -> Never {
        var set = set
        var received: Int32 = 0
        while sigwait(&set, &received) != 0 {}
        for path in registry.close() { unlink(path) }
        // Die by the signal itself: back to its default action, unblocked in this thread.
        signal(received, SIG_DFL)
        var only = sigset_t()
        sigemptyset(&only)
        sigaddset(&only, received)
        pthread_sigmask(SIG_UNBLOCK, &only, nil)
        raise(received)
        exit(128 + received)
    }
}
