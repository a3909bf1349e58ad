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
    /// Manifests per chunk.
    public let chunkSize: Int
    /// Evidence files read so far, shared by every manifest of the batch.
    public let evidenceCache = EvidenceCache()

    /// Creates a batch.
    public init(plan: AuditPlan, audit: Audit, serial: Bool = false, chunkSize: Int = 256) {
        (self.plan, self.audit, self.serial, self.chunkSize) = (plan, audit, serial, max(1, chunkSize))
    }

    /// Audits each path and renders it with `render` (in parallel); then calls `emit` with the
    /// text, or with the error that stopped that manifest, in input order.
    /// - Throws: whatever `emit` throws.
    public func run<Output: Sendable>(_ paths: [String], render: @escaping @Sendable (AuditResult) -> Output,
                                      emit: (String, Result<Output, any Error>) throws -> Void) throws {
        var start = 0
        while start < paths.count {
            let chunk = Array(paths[start..<min(start + chunkSize, paths.count)])
            for (path, outcome) in zip(chunk, process(chunk, render: render)) { try emit(path, outcome) }
            start += chunk.count
        }
    }

    /// Only reads and validates each manifest, on every core: the floor an audit cannot beat.
    /// - Returns: how many manifests were invalid.
    public func parseOnly(_ paths: [String]) -> Int {
        let slots = ResultSlots<Bool>(count: paths.count)
        let work: @Sendable (Int) -> Void = { index in
            slots.set(index, Result { _ = try Loader.manifest(SourceFile(reading: paths[index])); return true })
        }
        if serial { paths.indices.forEach(work) } else { DispatchQueue.concurrentPerform(iterations: paths.count, execute: work) }
        return slots.values.filter { (try? $0.get()) == nil }.count
    }

    private func process<Output: Sendable>(_ chunk: [String], render: @escaping @Sendable (AuditResult) -> Output)
        -> [Result<Output, any Error>] {
        let slots = ResultSlots<Output>(count: chunk.count)
        let (plan, audit, cache) = (plan, audit, evidenceCache)
        let work: @Sendable (Int) -> Void = { index in
            slots.set(index, Result { () throws -> Output in
                let prepared = try plan.prepare(manifestAt: chunk[index], cache: cache)
                return render(audit.run(prepared.manifest, evidence: prepared.evidence, inputs: prepared.inputs))
            })
        }
        if serial { chunk.indices.forEach(work) } else { DispatchQueue.concurrentPerform(iterations: chunk.count, execute: work) }
        return slots.values
    }
}

/// Results written from several threads, each into its own slot.
private final class ResultSlots<Output: Sendable>: @unchecked Sendable {
    private var slots: [Result<Output, any Error>?]
    private let lock = NSLock()

    init(count: Int) { slots = Array(repeating: nil, count: count) }

    func set(_ index: Int, _ value: Result<Output, any Error>) {
        lock.lock()
        slots[index] = value
        lock.unlock()
    }

    var values: [Result<Output, any Error>] {
        lock.lock()
        defer { lock.unlock() }
        return slots.map { $0 ?? .failure(CocoaError(.coderValueNotFound)) }
    }
}
