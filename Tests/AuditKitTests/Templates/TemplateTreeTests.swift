import Foundation
import Testing
@testable import AuditKit

/// Each report view's `templateValue` is exactly what encoding the view gives (property names
/// as fields, nil optionals as `.null`), for reports with every section filled.
@Suite struct TemplateTreeTests {
    /// Every example audited with the default checklist and with a profile (and a minimum
    /// score), each against another example's result as its baseline, so that changes are
    /// listed both ways.
    static func results() throws -> [AuditResult] {
        let examples = Fixtures.root.appendingPathComponent("Examples")
        let names = try FileManager.default.contentsOfDirectory(atPath: examples.path).filter { !$0.hasPrefix(".") }.sorted()
        let paths = names.map { examples.appendingPathComponent("\($0)/deployment.yaml").path }
        var results: [AuditResult] = []
        for profile in [nil, "strict-social-image"] {
            let plan = try AuditSetup().plan(checklists: [], profile: profile)
            let policy = profile == nil ? plan.policy : plan.policy.overridden(by: GatePolicy(failOn: nil, minScore: 95))
            let audit = Audit(checklist: plan.checklist, policy: policy, asOf: Fixtures.asOf, tool: Fixtures.tool,
                              profileID: plan.profileID, skipped: plan.skipped)
            for path in paths {
                let prepared = try plan.prepare(manifestAt: path)
                results.append(audit.run(prepared.manifest, evidence: prepared.evidence, inputs: prepared.inputs,
                                         baseline: results.last))
            }
        }
        return results
    }

    static func page() throws -> PageView {
        let logo = try Fixtures.temporaryFolder("tree-logo").appendingPathComponent("logo.png")
        try Data([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0x00]).write(to: logo)
        let branding = ReportBranding(organisation: "Acme", logo: try ReportLogo(reading: logo.path), stylesheet: "p{}")
        return PageView(branding: branding, baseStylesheet: "body{}", tool: Fixtures.tool)
    }

    @Test func reportTreesAreWhatEncodingGives() throws {
        let page = try Self.page()
        let contexts = try Self.results().map { ReportContext($0, page: page) }
        for context in contexts {
            #expect(context.templateValue == (try TemplateEncoder.tree(of: context)), "\(context.deployment.id)")
        }
        // Every section the trees spell out was filled somewhere, so each was compared.
        #expect(contexts.contains { $0.exposure != nil })
        #expect(contexts.contains { $0.baseline.map { !$0.regressions.isEmpty && !$0.improvements.isEmpty } ?? false })
        #expect(contexts.contains { !$0.waivers.isEmpty })
        #expect(contexts.contains { !$0.measurements.isEmpty && $0.measurements.contains { $0.tool != nil } })
        #expect(contexts.contains { !$0.skipped.isEmpty && $0.hasProvenance })
        #expect(contexts.contains { $0.controls.contains { $0.changes != nil } })
        #expect(contexts.contains { $0.controls.contains { $0.waivedOutcome != nil } })
        #expect(contexts.contains { $0.findings.contains { $0.confidence != nil && $0.location != nil } })
        #expect(contexts.contains { $0.evidence.contains { $0.format != nil } })
        #expect(contexts.contains { $0.pillars.contains { $0.worst != nil } })
        #expect(contexts.contains { $0.deployment.releaseDate != nil })
        #expect(contexts.contains { $0.verdict.minScore != nil } && contexts.contains { $0.verdict.minScore == nil })
        #expect(page.logo != nil && page.organisation != nil)
    }

    @Test func portfolioTreeIsWhatEncodingGives() throws {
        let context = PortfolioContext(try Self.results(), page: try Self.page())
        #expect(context.rows.contains { $0.worst != nil })
        #expect(context.templateValue == (try TemplateEncoder.tree(of: context)))
    }
}
