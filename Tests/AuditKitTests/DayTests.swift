import Testing
@testable import AuditKit

@Suite struct DayTests {
    @Test(arguments: ["2026-02-29", "2026-13-01", "2026-00-10", "26-01-01", "2026-1-01",
                      "2026-01-32", "２０２６-01-01", "2026-01-01T00:00"])
    func rejectsImpossibleOrMalformedDates(_ text: String) {
        #expect(Day(iso: text) == nil)
    }

    @Test func acceptsLeapDayAndPrintsPadded() {
        #expect(Day(iso: "2028-02-29")?.description == "2028-02-29")
        #expect(Day(year: 987, month: 3, day: 4)?.description == "0987-03-04")
    }

    @Test(arguments: [("2026-11-01", "2026-11-22", 21), ("2025-11-22", "2026-11-22", 365),
                      ("2024-02-28", "2024-03-01", 2), ("2026-11-22", "2026-11-01", -21)])
    func daysBetween(_ from: String, _ to: String, _ expected: Int) throws {
        #expect(try #require(Day(iso: from)).days(until: try #require(Day(iso: to))) == expected)
    }
}
