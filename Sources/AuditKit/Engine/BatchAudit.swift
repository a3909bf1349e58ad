import Foundation

/// Audits many manifests on every core: manifests are read, audited and rendered in parallel a
/// chunk at a time, and handed on in input order, so output is deterministic and memory stays
/// flat however many manifests there are.
public struct BatchAudit: Sendable {
    /// The checklist, policy and registries, prepared once for all manifests.
    public let plan: AuditPlan
    /// The engine.
    public let audit: Audit
    /// Run one manifest at a time instead of on every core.
    public let serial: Bool
    /// Manifests per chunk; two chunks are held at once (one being emitted, one audited).
    public let chunkSize: Int
    /// Evidence files read so far, shared by every manifest of the batch.
    public let evidenceCache = EvidenceCache()
    /// The plan and audit each thread uses, when there are copies (see `PlanReplicas`).
    private let replicas: PlanReplicas?

    /// Creates a batch. With `replan` (which plans again from the words `plan` was planned
    /// from), each further thread audits with a copy of the plan of its own, so the cores do
    /// not share the checklist's reference counts; a copy is used only when its checklist and
    /// profile files have the original's hashes.
    public init(plan: AuditPlan, audit: Audit, serial: Bool = false, chunkSize: Int = 64,
                replan: (@Sendable () throws -> AuditPlan)? = nil) {
        (self.plan, self.audit, self.serial, self.chunkSize) = (plan, audit, serial, max(1, chunkSize))
        replicas = serial ? nil : replan.map { PlanReplicas((plan, audit), make: $0) }
    }

    /// Audits each path and renders it with `render` (in parallel); then calls `emit` with the
    /// text, or with the error that stopped that manifest, in input order. A chunk is emitted
    /// here while the next is audited from a thread of the batch's own (on every core), so
    /// writing the output (which can wait on the disk) does not hold the audit up.
    /// - Throws: whatever `emit` throws (after the chunk being audited then is done).
    public func run<Output: Sendable>(_ paths: some RandomAccessCollection<String>,
                                      render: @escaping @Sendable (AuditResult) -> Output,
                                      emit: (String, Result<Output, any Error>) throws -> Void) throws {
        // Each chunk's paths are made when it is reached, so a long list is never copied whole.
        let chunks = Array(stride(from: 0, to: paths.count, by: chunkSize)).lazy.map { offset in
            Array(paths.dropFirst(offset).prefix(chunkSize))
        }
        guard let first = chunks.first else { return }
        // Every chunk is audited from the same thread, so memory stays flat (see `WorkerThread`).
        let worker = WorkerThread()
        defer { worker.stop() }
        var done = (paths: first, outcomes: worker.pair({}, { process(first, render: render) }).1)
        for next in chunks.dropFirst() {
            let previous = done
            let (emitted, outcomes) = worker.pair({
                Result { for (path, outcome) in zip(previous.paths, previous.outcomes) { try emit(path, outcome) } }
            }, { process(next, render: render) })
            try emitted.get()
            done = (next, outcomes)
        }
        for (path, outcome) in zip(done.paths, done.outcomes) { try emit(path, outcome) }
    }

    /// Only reads and validates each manifest, on every core: the floor an audit cannot beat.
    /// - Returns: how many manifests were invalid.
    public func parseOnly(_ paths: some RandomAccessCollection<String> & Sendable) -> Int {
        Parallel.map(paths.count, serial: serial) { offset in
            (try? Loader.manifest(SourceFile(reading: paths[paths.index(paths.startIndex, offsetBy: offset)]))) == nil
        }.filter { $0 }.count
    }

    private func process<Output: Sendable>(_ chunk: [String], render: @escaping @Sendable (AuditResult) -> Output)
        -> [Result<Output, any Error>] {
        let (shared, cache, replicas) = ((plan: plan, audit: audit), evidenceCache, replicas)
        return Parallel.map(chunk.count, serial: serial) { index in
            Result { () throws -> Output in
                let (plan, audit) = replicas?.current() ?? shared
                let prepared = try plan.prepare(manifestAt: chunk[index], cache: cache)
                return render(audit.run(prepared.manifest, evidence: prepared.evidence, inputs: prepared.inputs))
            }
        }
    }
}
