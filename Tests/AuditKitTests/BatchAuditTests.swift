import Foundation
import Testing
@testable import AuditKit

/// A batch emits in input order while the next manifests are audited, whatever its window, and
/// stops at the first emit that throws.
@Suite struct BatchAuditTests {
    struct Refused: Error {}

    static func batch(window: Int) throws -> BatchAudit {
        let plan = try AuditSetup().plan(checklists: [], profile: nil)
        let audit = Audit(checklist: plan.checklist, policy: plan.policy, asOf: Fixtures.asOf, tool: Fixtures.tool)
        return BatchAudit(plan: plan, audit: audit, window: window)
    }

    /// Every example, twice over, plus a missing file in the middle.
    static let paths: [String] = {
        let examples = Fixtures.root.appendingPathComponent("Examples")
        let names = ((try? FileManager.default.contentsOfDirectory(atPath: examples.path)) ?? [])
            .filter { !$0.hasPrefix(".") }.sorted()
        let manifests = names.map { examples.appendingPathComponent("\($0)/deployment.yaml").path }
        return manifests + ["/nonexistent/deployment.yaml"] + manifests.reversed()
    }()

    @Test(arguments: [1, 2, 5, 1000])
    func emitsEveryManifestInInputOrderWhateverTheWindow(window: Int) throws {
        var emitted: [(path: String, id: String?)] = []
        try Self.batch(window: window).run(Self.paths, render: { $0.deployment.id }) { path, outcome in
            emitted.append((path, try? outcome.get()))
        }
        #expect(Self.paths.count >= 9)
        #expect(emitted.map(\.path) == Self.paths)
        #expect(emitted.filter { $0.id == nil }.map(\.path) == ["/nonexistent/deployment.yaml"])
    }

    @Test func aThrowingEmitStopsTheRunThere() throws {
        var emitted = 0
        #expect(throws: Refused.self) {
            try Self.batch(window: 2).run(Self.paths, render: { $0.deployment.id }) { _, _ in
                emitted += 1
                if emitted == 3 { throw Refused() }
            }
        }
        #expect(emitted == 3)
    }
}
