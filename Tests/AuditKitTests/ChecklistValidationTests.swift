import Foundation
import Testing
@testable import AuditKit

/// Semantic checks `safeguard lint` runs on checklists, each located at its `⚑` marker.
@Suite struct ChecklistValidationTests {
    static let validator = ChecklistValidator(
        references: try? BuiltinCatalog.embedded.references(),
        vocabulary: try? BuiltinCatalog.embedded.vocabulary())

    static func control(_ id: String = "A-01", require: String, extra: String = "") -> String {
        """
          - id: \(id)
            requirement: R1
            title: T
            area: input-filter
            severity: high
            require: \(require)
            rationale: R
            remediation: F
            refs: [UNICEF3-R2]\(extra)

        """
    }

    func problems(_ marked: MarkedText) throws -> [Diagnostic] {
        let source = marked.source("c.yaml")
        return Self.validator.problems(in: try Loader.checklist(source), source: source)
    }

    @Test func duplicateControlIDIsReportedAtTheSecondControl() throws {
        let marked = MarkedText(LoaderErrorTests.checklist(
            Self.control(require: "{field: audience.minimum_age, at_least: 13}")
            + "  - ⚑" + Self.control(require: "{field: audience.minimum_age, at_least: 13}")
                .dropFirst(4)))
        let found = try problems(marked)
        #expect(found.map(\.code) == [.duplicateID])
        #expect(found.first?.position?.line == marked.line)
        #expect(found.first?.position?.column == marked.column)
        #expect(found.first?.message == "duplicate control id 'A-01' (first defined at line 7)")
    }

    @Test(arguments: [
        ("{field: ⚑audience.minimum_agee, at_least: 13}", Diagnostic.Code.unknownField),
        ("{field: ⚑capabilities.image_editing, equals: upload}", .invalidCondition),
        ("{field: ⚑audience.children_likely, equals: yes}", .invalidCondition),
        ("{field: ⚑deployment.name, at_least: 3}", .invalidCondition),
        ("{some: ⚑safeguards.provenance, where: {field: c2pa, equals: true}}", .invalidCondition),
        ("{some: safeguards.input_filters, where: {field: ⚑stages, equals: prompt}}", .unknownField),
        ("⚑{metric: refusal.minor-sexualization, lower_bound_at_least: 0.99}", .unknownReference),
        ("⚑{metric: refusal.minor-sexualisation, lower_bound_at_least: 99}", .invalidCondition),
        ("⚑{risk_tier_at_least: high}", .invalidCondition),
        ("{document: ⚑audience.minimum_age}", .invalidCondition),
    ])
    func conditionProblemIsLocated(_ condition: String, _ code: Diagnostic.Code) throws {
        let marked = MarkedText(LoaderErrorTests.checklist(Self.control(require: condition)))
        let found = try problems(marked)
        #expect(found.map(\.code) == [code])
        #expect(found.first?.position?.line == marked.line)
        #expect(found.first?.position?.column == marked.column)
    }

    @Test func unknownFieldSuggestsTheRealPath() throws {
        let marked = MarkedText(LoaderErrorTests.checklist(
            Self.control(require: "{field: ⚑safeguards.provenence.c2pa, equals: true}")))
        #expect(try problems(marked).first?.message == "field 'safeguards.provenence.c2pa' does not "
                + "exist in the deployment manifest schema; did you mean 'safeguards.provenance'?")
    }

    @Test func unknownRequirementAndReferenceAreReported() throws {
        let text = LoaderErrorTests.checklist(Self.control(
            require: "{field: audience.minimum_age, at_least: 13}")
            .replacingOccurrences(of: "requirement: R1", with: "requirement: R9")
            .replacingOccurrences(of: "UNICEF3-R2", with: "UNICEF3-R22"))
        let found = try problems(MarkedText(text))
        #expect(found.map(\.message) == [
            "control A-01 names requirement 'R9', which the checklist does not define",
            "control A-01 cites 'UNICEF3-R22', which is not in the reference registry; "
                + "did you mean 'UNICEF3-R2'?",
        ])
    }

    @Test func theTestChecklistIsClean() throws {
        let source = try SourceFile(reading: Fixtures.path("checklist.yaml"))
        #expect(Self.validator.problems(in: try Loader.checklist(source), source: source).isEmpty)
    }
}
