import Foundation
import Testing
@testable import AuditKit

/// The first thread audits with the original plan; each other thread with a copy of its own
/// that audits to the same bytes, unless the copy fails or its input files differ.
@Suite struct PlanReplicasTests {
    struct Unplannable: Error {}

    static func plan(_ checklists: [String] = []) throws -> AuditPlan {
        try AuditSetup().plan(checklists: checklists, profile: nil)
    }

    static func original() throws -> PlanReplicas.Replica {
        let plan = try plan()
        return (plan, Audit(checklist: plan.checklist, policy: plan.policy, asOf: Fixtures.asOf, tool: Fixtures.tool))
    }

    /// Where a plan's controls are stored: a copy has storage of its own.
    static func storage(_ checklist: Checklist) -> UnsafeRawPointer? {
        checklist.controls.withUnsafeBufferPointer { UnsafeRawPointer($0.baseAddress) }
    }

    /// `replicas.current()` asked from `count` threads of their own, one after another, each
    /// kept alive until the last has asked (so no two share a thread id).
    static func fromOtherThreads(_ replicas: PlanReplicas, count: Int = 1) -> [PlanReplicas.Replica] {
        let slots = Slots<PlanReplicas.Replica>(count: count)
        let asked = (0...count).map { _ in DispatchSemaphore(value: 0) }
        let done = DispatchGroup()
        asked[0].signal()
        for index in 0..<count {
            done.enter()
            Thread.detachNewThread {
                asked[index].wait()
                slots.set(index, replicas.current())
                asked[index + 1].signal()
                asked[count].wait()
                asked[count].signal()
                done.leave()
            }
        }
        done.wait()
        return slots.values
    }

    /// The example's JSON line as `replica` audits it.
    static func line(_ replica: PlanReplicas.Replica) throws -> [UInt8] {
        let path = Fixtures.root.appendingPathComponent("Examples/social-image-generator/deployment.yaml").path
        let prepared = try replica.plan.prepare(manifestAt: path)
        let result = replica.audit.run(prepared.manifest, evidence: prepared.evidence, inputs: prepared.inputs)
        return JSONLinesRenderer().line(result)
    }

    @Test func anotherThreadAuditsWithACopyOfItsOwnToTheSameBytes() throws {
        let original = try Self.original()
        let replicas = PlanReplicas(original, make: { try Self.plan() })
        let first = replicas.current()
        let other = try #require(Self.fromOtherThreads(replicas).first)
        #expect(Self.storage(first.plan.checklist) == Self.storage(original.plan.checklist))
        #expect(Self.storage(other.plan.checklist) != Self.storage(original.plan.checklist))
        #expect(Self.storage(other.audit.checklist) == Self.storage(other.plan.checklist))
        #expect(other.audit.asOf == original.audit.asOf)
        #expect(other.plan.inputs == original.plan.inputs)
        #expect(try Self.line(other) == Self.line(original))
        // A thread keeps what it was given.
        #expect(Self.storage(replicas.current().plan.checklist) == Self.storage(original.plan.checklist))
        #expect(replicas.threadCount == 2)
    }

    @Test(arguments: [false, true])
    func aCopyThatFailsOrDiffersIsNotUsed(differs: Bool) throws {
        let original = try Self.original()
        let replicas = PlanReplicas(original, make: {
            if differs { return try Self.plan(["thorn-safety-by-design"]) }
            throw Unplannable()
        })
        _ = replicas.current()
        let other = try #require(Self.fromOtherThreads(replicas).first)
        #expect(Self.storage(other.plan.checklist) == Self.storage(original.plan.checklist))
        #expect(Self.storage(other.audit.checklist) == Self.storage(original.plan.checklist))
    }

    @Test func threadsPastTheLimitShareTheOriginal() throws {
        let original = try Self.original()
        let replicas = PlanReplicas(original, threadLimit: 2, make: { try Self.plan() })
        _ = replicas.current()
        let others = Self.fromOtherThreads(replicas, count: 2)
        try #require(others.count == 2)
        let (second, third) = (others[0], others[1])
        #expect(Self.storage(second.plan.checklist) != Self.storage(original.plan.checklist))
        #expect(Self.storage(third.plan.checklist) == Self.storage(original.plan.checklist))
        #expect(replicas.threadCount == 2)
    }

    /// Each manifest's JSON line (or nil) from a batch of every example and a missing file.
    static func lines(_ batch: BatchAudit) throws -> [[UInt8]?] {
        var lines: [[UInt8]?] = []
        try batch.run(BatchAuditTests.paths, render: { JSONLinesRenderer().line($0) }) { _, outcome in
            lines.append(try? outcome.get())
        }
        return lines
    }

    @Test func aBatchWithCopiesEmitsWhatOneWithoutDoes() throws {
        let (plan, audit) = try Self.original()
        let copying = BatchAudit(plan: plan, audit: audit, window: 2, replan: { try Self.plan() })
        let expected = try Self.lines(BatchAudit(plan: plan, audit: audit, window: 2))
        #expect(expected.compactMap { $0 }.count == BatchAuditTests.paths.count - 1)
        #expect(try Self.lines(copying) == expected)
    }
}
