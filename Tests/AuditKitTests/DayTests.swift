import Testing
@testable import AuditKit

@Suite struct DayTests {
    @Test(arguments: ["2026-02-29", "2026-13-01", "2026-00-10", "26-01-01", "2026-1-01",
                      "2026-01-32", "２０２６-01-01", "2026-01-01T00:00", "2026-01-0a", "2026/01/01",
                      "+026-01-01", "-026-01-01", " 2026-01-01", "2026-01-01\n", "0000-01-01", "2026-01-1\u{301}",
                      "", "2026--01-01", "2026-011-1"])
    func rejectsImpossibleOrMalformedDates(_ text: String) {
        #expect(Day(iso: text) == nil)
    }

    @Test func acceptsLeapDayAndPrintsPadded() {
        #expect(Day(iso: "2028-02-29")?.description == "2028-02-29")
        #expect(Day(year: 987, month: 3, day: 4)?.description == "0987-03-04")
        #expect(Day(year: 1, month: 1, day: 1)?.description == "0001-01-01")
        #expect(Day(year: 9999, month: 12, day: 31)?.description == "9999-12-31")
        #expect(Day(iso: "0001-01-01") == Day(year: 1, month: 1, day: 1))
        #expect(Day(iso: "2026-11-22") == Day(year: 2026, month: 11, day: 22))
    }

    @Test(arguments: [("2026-11-01", "2026-11-22", 21), ("2025-11-22", "2026-11-22", 365),
                      ("2024-02-28", "2024-03-01", 2), ("2026-11-22", "2026-11-01", -21)])
    func daysBetween(_ from: String, _ to: String, _ expected: Int) throws {
        #expect(try #require(Day(iso: from)).days(until: try #require(Day(iso: to))) == expected)
    }
}
