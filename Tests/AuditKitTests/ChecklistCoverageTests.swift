import Testing
@testable import AuditKit

/// The default checklist covers what the product promises: every UNICEF requirement, the four
/// pillars in depth, and complete, cited controls.
@Suite struct ChecklistCoverageTests {
    static let checklist = try? BuiltinCatalog.embedded.checklist(id: BuiltinCatalog.defaultChecklistID)
    static let registry = try? BuiltinCatalog.embedded.references()

    @Test func hasAtLeastSixtyControls() throws {
        #expect(try #require(Self.checklist).controls.count >= 60)
    }

    @Test(arguments: (1...10).map { "R\($0)" })
    func everyRequirementHasControls(_ requirement: String) throws {
        let checklist = try #require(Self.checklist)
        #expect(checklist.requirements.contains { $0.id == requirement })
        #expect(!checklist.controls.filter { $0.requirement == requirement }.isEmpty)
    }

    @Test(arguments: SafeguardArea.pillars)
    func everyPillarHasEightControlsIncludingCriticalOnes(_ area: SafeguardArea) throws {
        let controls = try #require(Self.checklist).controls.filter { $0.area == area }
        #expect(controls.count >= 8)
        #expect(controls.contains { $0.severity == .critical })
    }

    @Test func everyControlIsCompleteAndCited() throws {
        let registry = try #require(Self.registry)
        for checklist in try BuiltinCatalog.embedded.checklists() {
            for control in checklist.controls {
                #expect(!control.rationale.flattened.isEmpty, "\(control.id) has no rationale")
                #expect(!control.remediation.flattened.isEmpty, "\(control.id) has no remediation")
                #expect(control.refs.contains { registry.reference($0) != nil },
                        "\(control.id) cites no known reference")
            }
        }
    }

    @Test(arguments: [SafeguardArea.imageManipulation, .provenance, .trainingData, .redTeaming,
                      .reporting, .userReporting, .ageAssurance, .transparency, .dueDiligence,
                      .privacy, .incidentResponse, .companion])
    func supportingAreasAreCovered(_ area: SafeguardArea) throws {
        #expect(try #require(Self.checklist).controls.contains { $0.area == area })
    }

    @Test func secondaryFactsKeepTheirFlag() throws {
        let checklist = try #require(Self.checklist)
        let flagged = checklist.requirements.filter { $0.confidence?.needsFlag == true }
            + checklist.requirements.filter { $0.confidence == .corroborated }
        #expect(flagged.count == checklist.requirements.count,
                "UNICEF 3.0 requirement titles are reconstructed and must carry a confidence flag")
        #expect(checklist.framework?.note?.contains("reconstructed") == true)
    }

    /// "Every output filter acts" holds vacuously over none, so it applies only where output
    /// filters are declared: declared empty, it is not applicable; undeclared, not reviewed.
    @Test(arguments: [("safeguards: {output_filters: []}\n", Outcome.notApplicable), ("", .notReviewed),
                      ("safeguards: {output_filters: [{id: f, action: block}]}\n", .passed),
                      ("safeguards: {output_filters: [{id: f, action: log}]}\n", .failed)])
    func everyOutputFilterActsNeedsOutputFilters(_ body: String, _ expected: Outcome) throws {
        let audit = Audit(checklist: try #require(Self.checklist), asOf: Fixtures.asOf, tool: Fixtures.tool)
        let result = audit.run(try Fixtures.manifest(body: body), evidence: EvidenceSet(records: [], measurements: []),
                               inputs: [])
        #expect(result.controls.first { $0.id == "OUT-09" }?.outcome == expected)
    }

    @Test func criticalRefusalControlsNeedEnoughSamplesToPass() throws {
        let checklist = try #require(Self.checklist)
        for control in checklist.controls where control.severity == .critical {
            for test in Self.metricTests(control.require) {
                let bound = try #require(test.lowerBoundAtLeast, "\(control.id) gates on the point rate")
                let samples = try #require(test.minSamples, "\(control.id) sets no minimum sample")
                // A perfect run of the minimum size must be able to prove the bound.
                #expect(Wilson.lowerBound(successes: samples, trials: samples) >= bound,
                        "\(control.id): \(samples) perfect samples cannot reach \(bound)")
            }
        }
    }

    static func metricTests(_ condition: Condition) -> [MetricTest] {
        switch condition.kind {
        case .all(let children), .any(let children): children.flatMap(metricTests)
        case .not(let child), .some(_, let child), .each(_, let child): metricTests(child)
        case .metric(let test): [test]
        default: []
        }
    }
}
