import Foundation

/// Portfolio runs start again once, at once, with glibc's per-thread cache of freed memory
/// enlarged (`GLIBC_TUNABLES=glibc.malloc.tcache_count=4000`).
///
/// An audit makes and frees about a thousand small blocks per manifest. glibc keeps only seven
/// freed blocks of each size per thread by default; the rest go back to the arena, under its
/// lock, and are merged and split again for the next manifest. With room for 4,000, a
/// manifest's blocks are reused by the next one straight from the thread's cache: on the 2-core
/// VM of `docs/performance-history.md`, 5,000 portfolio manifests took 10 % less CPU and 17–23 % less
/// wall time. glibc reads its tunables only when a process starts, so the process replaces
/// itself (`execv` of `/proc/self/exe`, same arguments, same open files) before doing anything
/// else. Nothing else changes: outputs are byte for byte the same.
///
/// Only portfolio runs (`audit --manifests-from`) do this, as one audit takes too little time
/// for the cache to matter. A `GLIBC_TUNABLES` that already sets the cache's count is kept as
/// it is (`glibc.malloc.tcache_count=7` is glibc's default, and so turns this off); other
/// tunables are kept, with the count added. Where `/proc/self/exe` cannot be executed, the run
/// goes on in this process, untuned.
enum AllocatorTuning {
    /// The tunable and the count set.
    static let tunable = "glibc.malloc.tcache_count"
    static let count = 4000

    /// The `GLIBC_TUNABLES` to start again with, for a command line `arguments` (the program
    /// first) and the current `tunables`; nil when this run is not started again.
    static func tunables(for arguments: [String], current tunables: String?) -> String? {
        let words = arguments.dropFirst()
        guard words.first == "audit",
              words.contains(where: { $0 == "--manifests-from" || $0.hasPrefix("--manifests-from=") })
        else { return nil }
        let setting = "\(tunable)=\(count)"
        guard let tunables, !tunables.isEmpty else { return setting }
        let names = tunables.split(separator: ":").map { $0.split(separator: "=").first ?? "" }
        return names.contains(where: { $0 == tunable }) ? nil : tunables + ":" + setting
    }

    /// Starts this process again with the tuned `GLIBC_TUNABLES` when `tunables(for:current:)`
    /// gives one; returns only when it does not, or when starting again failed.
    static func restartIfUseful() {
        #if os(Linux)
        let current = EnvironmentVariable.value(of: "GLIBC_TUNABLES")
        guard let tuned = tunables(for: CommandLine.arguments, current: current) else { return }
        setenv("GLIBC_TUNABLES", tuned, 1)
        execv("/proc/self/exe", CommandLine.unsafeArgv)
        // Still here: the exec failed. Go on untuned, and leave the environment as it was.
        if let current { setenv("GLIBC_TUNABLES", current, 1) } else { unsetenv("GLIBC_TUNABLES") }
        #endif
    }
}
