import Testing
@testable import AuditKit

/// The evidence index's age column: days on the right side of the as-of date, a file past its
/// shelf life flagged stale, and one collected after the as-of date flagged as not counted.
@Suite struct EvidenceViewTests {
    static func view(collected: String?, maxAge: Int = 90) throws -> EvidenceView {
        let manifest = try Fixtures.manifest(body: """
            evidence:
              - {id: memo, kind: document, path: memo.md, max_age_days: \(maxAge)}
            """)
        let record = EvidenceRecord(entry: manifest.evidence[0], collected: collected.flatMap(Day.init(iso:)),
                                    sha256: "00", problem: nil)
        return EvidenceView(record, asOf: Fixtures.asOf)
    }

    @Test(arguments: [
        ("2026-11-21", "1 day", false, false), ("2026-08-24", "90 days", false, false),
        ("2026-08-23", "91 days", true, false), ("2026-11-23", "1 day", false, true),
        ("2027-01-01", "40 days", false, true),
    ])
    func ageIsFlaggedStaleOrAfterTheAsOfDate(_ day: String, _ age: String, _ stale: Bool, _ future: Bool) throws {
        let view = try Self.view(collected: day)
        #expect((view.age, view.stale, view.future) == (age, stale, future))
    }

    @Test func evidenceWithoutADateIsStaleAndHasNoAge() throws {
        let view = try Self.view(collected: nil)
        #expect((view.age, view.stale, view.future) == ("—", true, false))
    }
}
