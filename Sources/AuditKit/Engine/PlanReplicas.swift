import Foundation

/// A plan and its audit, with a copy of their own for each further thread that audits with
/// them.
///
/// Every control, condition and path of a checklist is reference counted, and an audit copies
/// them all the time: shared by both cores of a portfolio run, each of those atomic counts
/// moved a cache line from one core to the other. With a copy per thread, no checklist object
/// is touched by two cores (≈ 3 % of a portfolio run's time; `docs/performance-history.md`).
///
/// A copy is made by `make`, which plans again from the same words. It is used only when its
/// input files (each checklist and profile, with its SHA-256) are the original's: the same
/// text gives the same checklist, so the copy changes how fast an audit is, never what it
/// says. A copy that fails, or differs, is not used; that thread shares the original.
final class PlanReplicas: @unchecked Sendable {
    /// What a thread audits with.
    typealias Replica = (plan: AuditPlan, audit: Audit)

    private let original: Replica
    private let make: @Sendable () throws -> AuditPlan
    private let lock = NSLock()
    /// Each thread's copy, by thread. A thread id is reused only once its thread has ended.
    private var byThread: [pthread_t: Replica] = [:]
    private var originalTaken = false
    /// Threads past this many share the original, so memory stays flat when a batch runs
    /// again, each run on threads of its own (each copy is one more checklist).
    let threadLimit: Int

    /// Copies of `original` made by `make` (which plans again, as `original.plan` was planned),
    /// for up to `threadLimit` threads.
    init(_ original: Replica, threadLimit: Int = 16, make: @escaping @Sendable () throws -> AuditPlan) {
        (self.original, self.threadLimit, self.make) = (original, threadLimit, make)
    }

    /// The calling thread's plan and audit: the original for the first thread that asks, a copy
    /// of its own (made now, the first time) for each other, up to `threadLimit` threads.
    func current() -> Replica {
        let thread = pthread_self()
        let known: Replica? = lock.withLock {
            if let replica = byThread[thread] { return replica }
            guard originalTaken else {
                originalTaken = true
                byThread[thread] = original
                return original
            }
            return byThread.count < threadLimit ? nil : original
        }
        if let known { return known }
        let replica = copy()
        lock.withLock { byThread[thread] = replica }
        return replica
    }

    /// How many threads keep a plan here, the original or a copy (for tests).
    var threadCount: Int { lock.withLock { byThread.count } }

    /// A copy of the original, or the original when a copy cannot be made or differs.
    private func copy() -> Replica {
        guard let plan = try? make(), plan.inputs == original.plan.inputs else { return original }
        return (plan, original.audit.auditing(plan.checklist))
    }
}
