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
/// `removeWhenInterrupted()` installs a handler for SIGINT, SIGTERM and SIGHUP that unlinks
/// every file noted in `Slots` (`unlink` is safe in a signal handler; the paths sit in memory
/// set aside beforehand), then ends the process by the same signal, so the shell still sees it
/// as interrupted (exit status 130 for Ctrl-C). A handler and not a thread waiting with
/// `sigwait`: a second thread makes every `malloc` of a one-thread run take its lock, which
/// cost the every-format run ≈ 0.35 M instructions.
public enum TemporaryFiles {
    /// The signals that end a run early and that a run cleans up after.
    static let signals = [SIGINT, SIGTERM, SIGHUP]

    /// Sets aside the memory for the paths and installs the handler. Call it once, early in
    /// `main`. Until it is called, files are not noted and an interrupted run leaves them.
    ///
    /// A signal the process was started ignoring (`nohup` ignores SIGHUP) stays ignored. The
    /// three are unblocked: a process started from a thread that blocks them (as the test runner's
    /// are) could not be stopped by them at all.
    public static func removeWhenInterrupted() {
        guard Slots.shared == nil else { return }
        Slots.shared = Slots()
        var handled = sigset_t()
        sigemptyset(&handled)
        for signal in signals { sigaddset(&handled, signal) }
        for signal in signals where !isIgnored(signal) {
            var action = sigaction()
            #if canImport(Glibc)
            action.__sigaction_handler.sa_handler = removeAndRaise
            #else
            action.__sigaction_u.__sa_handler = removeAndRaise
            #endif
            action.sa_mask = handled  // one handler at a time
            sigaction(signal, &action, nil)
        }
        pthread_sigmask(SIG_UNBLOCK, &handled, nil)
    }

    private static func isIgnored(_ signal: Int32) -> Bool {
        var current = sigaction()
        guard sigaction(signal, nil, &current) == 0 else { return false }
        #if canImport(Glibc)
        return unsafeBitCast(current.__sigaction_handler.sa_handler, to: Int.self) == unsafeBitCast(SIG_IGN, to: Int.self)
        #else
        return unsafeBitCast(current.__sigaction_u.__sa_handler, to: Int.self) == unsafeBitCast(SIG_IGN, to: Int.self)
        #endif
    }

    /// Notes a temporary file about to be made (noted first, so that no signal falls between).
    static func created(_ path: String) {
        Slots.shared?.add(path)
    }

    /// Notes that a temporary file was renamed into place or removed.
    public static func finished(_ path: String) {
        Slots.shared?.remove(path)
    }

    /// The files noted now, for tests.
    static var current: Set<String> { Slots.shared?.noted ?? [] }
}

/// The signal handler: removes every noted file, then lets the signal end the process.
private func removeAndRaise(_ number: Int32) {
    TemporaryFiles.Slots.shared?.unlinkAll()
    signal(number, SIG_DFL)
    raise(number)  // blocked while the handler runs; it ends the process as the handler returns
}
