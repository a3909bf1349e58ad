import Foundation

/// Audits many manifests on every core: manifests are read, audited and rendered in parallel,
/// each core taking the next as it finishes one, and handed on in input order, so output is
/// deterministic and memory stays flat however many manifests there are.
public struct BatchAudit: Sendable {
    /// The checklist, policy and registries, prepared once for all manifests.
    public let plan: AuditPlan
    /// The engine.
    public let audit: Audit
    /// Run one manifest at a time instead of on every core.
    public let serial: Bool
    /// At most this many manifests are audited (or being audited) and not yet emitted.
    public let window: Int
    /// Evidence files read so far, shared by every manifest of the batch.
    public let evidenceCache = EvidenceCache()
    /// The plan and audit each thread uses, when there are copies (see `PlanReplicas`).
    private let replicas: PlanReplicas?

    /// Creates a batch. With `replan` (which plans again from the words `plan` was planned
    /// from), each further thread audits with a copy of the plan of its own, so the cores do
    /// not share the checklist's reference counts; a copy is used only when its checklist and
    /// profile files have the original's hashes.
    public init(plan: AuditPlan, audit: Audit, serial: Bool = false, window: Int = 128,
                replan: (@Sendable () throws -> AuditPlan)? = nil) {
        (self.plan, self.audit, self.serial, self.window) = (plan, audit, serial, max(1, window))
        replicas = serial ? nil : replan.map { PlanReplicas((plan, audit), make: $0) }
    }

    /// Audits each path and renders it with `render`, on every core; then calls `emit` with the
    /// text, or with the error that stopped that manifest, in input order, on the calling thread
    /// while the cores go on (so writing the output, which can wait on the disk, does not hold
    /// the audit up). At most `window` manifests are audited and not yet emitted.
    /// - Throws: whatever `emit` throws (after the manifests being audited then are done).
    public func run<Output: Sendable>(_ paths: some RandomAccessCollection<String> & Sendable,
                                      render: @escaping @Sendable (AuditResult) -> Output,
                                      emit: (String, Result<Output, any Error>) throws -> Void) throws {
        let path = { @Sendable (offset: Int) in paths[paths.index(paths.startIndex, offsetBy: offset)] }
        guard !serial else {
            for offset in 0..<paths.count { try emit(path(offset), audit(path(offset), render: render)) }
            return
        }
        try OrderedPipeline.run(count: paths.count, threads: ProcessInfo.processInfo.activeProcessorCount,
                                window: window, work: { audit(path($0), render: render) },
                                emit: { try emit(path($0), $1) })
    }

    /// Only reads and validates each manifest, on every core: the floor an audit cannot beat.
    /// - Returns: how many manifests were invalid.
    public func parseOnly(_ paths: some RandomAccessCollection<String> & Sendable) -> Int {
        Parallel.map(paths.count, serial: serial) { offset in
            (try? Loader.manifest(SourceFile(reading: paths[paths.index(paths.startIndex, offsetBy: offset)]))) == nil
        }.filter { $0 }.count
    }

    private func audit<Output: Sendable>(_ path: String, render: @Sendable (AuditResult) -> Output)
        -> Result<Output, any Error> {
        Result {
            let (plan, audit) = replicas?.current() ?? (plan, audit)
            let prepared = try plan.prepare(manifestAt: path, cache: evidenceCache)
            return render(audit.run(prepared.manifest, evidence: prepared.evidence, inputs: prepared.inputs))
        }
    }
}
