import Foundation
import Testing
@testable import AuditKit

/// A compact control's fixed members (id, requirement, area, severity, weight) are written once
/// and copied into later lines (`ControlFragments`): the copy must be used only for a control
/// with the same values, and every line must still be Foundation's bytes.
@Suite struct ControlFragmentsTests {
    typealias Key = ControlResult.CodingKeys

    static func fragments(of controls: [ControlResult]) throws -> ControlFragments {
        try #require(controls.withUnsafeBufferPointer {
            ControlResultJSON.fragments(of: $0, members: ControlMemberOrder.snakeCaseCompact)
        })
    }

    static func control(id: String = "X-01", requirement: String = "R-1", area: SafeguardArea = .inputFilter,
                        severity: Severity = .critical, weight: Double = 2.5) -> ControlResult {
        let hostile = ControlResultJSONTests.hostile(weight: weight)
        return ControlResult(
            id: id, title: hostile.title, requirement: requirement, area: area, severity: severity,
            weight: weight, outcome: .passed, waivedOutcome: nil, reasons: hostile.reasons,
            location: hostile.location, checklistLocation: nil, evidence: [], evidenceBacked: false,
            rationale: "", remediation: "", refs: [], confidence: nil, provenance: nil)
    }

    /// Each control differs from `control()` in one fixed member.
    static let changed: [ControlResult] = [
        control(id: "X-02"), control(id: "X-01 "), control(requirement: "R-2"), control(area: .outputFilter),
        control(severity: .high), control(weight: 3), control(weight: -0.0), control(id: "quote \" é"),
    ]

    @Test func aControlMatchesOnlyWithEveryFixedValueItWasWrittenFrom() throws {
        let fragments = try Self.fragments(of: [Self.control(), Self.control(weight: 0)])
        withUnsafePointer(to: Self.control()) { #expect(fragments.matches(0, $0)) }
        withUnsafePointer(to: Self.control(weight: 0)) { zero in
            #expect(fragments.matches(1, zero))
            #expect(!fragments.matches(0, zero))
            #expect(!fragments.matches(2, zero), "past the end")
        }
        for changed in Self.changed {
            withUnsafePointer(to: changed) { #expect(!fragments.matches(0, $0), "\(changed.id) \(changed.weight)") }
        }
    }

    @Test func theRunsAreTheFixedMembersAsWrittenWithTheSeparatorBefore() throws {
        let fragments = try Self.fragments(of: [Self.control(id: "quote \" é", weight: 10)])
        let runs = fragments.runs.map { String(decoding: $0.utf8, as: UTF8.self) }
        #expect(runs == [#""area":"input-filter""#, #","id":"quote \" é""#,
                         #","requirement":"R-1","severity":"critical""#, #","weight":10"#])
        #expect(fragments.runCount == 4)
        let steps = fragments.steps.map { step -> String in
            if case .member(let key, _) = step { return key.stringValue }
            return "run"
        }
        #expect(steps == ["run", "evidence", "evidenceBacked", "run", "location", "outcome", "provenance",
                          "reasons", "run", "waivedOutcome", "run"])
    }

    @Test func noFragmentsWhenOnlyMembersThatMayBeLeftOutComeBeforeTheFirstRun() {
        let named = { (key: Key) in (key: key, name: JSONKeyText(key.stringValue)) }
        let controls = [Self.control()]
        let made = { (members: [(key: Key, name: JSONKeyText)]) in
            controls.withUnsafeBufferPointer { ControlResultJSON.fragments(of: $0, members: members) }
        }
        #expect(made([named(.location), named(.provenance), named(.id)]) == nil)
        #expect(made([named(.location), named(.outcome), named(.id)]) != nil)
        #expect(made([named(.id), named(.location)]) != nil)
    }

    /// Lines one after another whose controls change: each is written from the fragments the
    /// line before left, where they match, and must be Foundation's bytes.
    @Test func linesWhoseControlsChangeAreStillFoundationsBytes() throws {
        let (canonical, foundation) = ControlResultJSONTests.encoders(pretty: false, snakeCase: true, compact: true)
        let base = [Self.control(), Self.control(id: "X-02", weight: 1)]
        var lines: [[ControlResult]] = [base, base, Array(base.reversed()), [base[0]], base + [Self.control(id: "X-03")]]
        lines += Self.changed.map { [$0, base[1]] }
        for controls in lines + lines {
            #expect(try canonical.encode(["controls": controls]) == Array(try foundation.encode(["controls": controls])),
                    "\(controls.map(\.id))")
        }
    }
}
