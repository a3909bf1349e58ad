import Foundation

/// A calendar date (`YYYY-MM-DD`) with no time zone, as used for evidence collection dates,
/// waiver expiry and the audit's as-of date.
///
/// Days are compared and subtracted exactly, so staleness never depends on the machine's clock
/// or time zone.
public struct Day: Hashable, Comparable, Sendable, Codable, CustomStringConvertible {
    /// The year, e.g. 2026.
    public let year: Int
    /// The month, 1–12.
    public let month: Int
    /// The day of the month, 1–31.
    public let day: Int

    /// Creates a day, or returns nil when the date does not exist (e.g. 2026-02-30).
    public init?(year: Int, month: Int, day: Int) {
        guard (1...9999).contains(year), (1...12).contains(month),
              (1...Day.length(ofMonth: month, year: year)).contains(day)
        else { return nil }
        (self.year, self.month, self.day) = (year, month, day)
    }

    /// Parses `YYYY-MM-DD`; returns nil for any other shape or for an impossible date.
    /// (Ten ASCII bytes, read as bytes: manifests and evidence hold dates by the dozen.)
    public init?(iso text: String) {
        let utf8 = Array(text.utf8)
        guard utf8.count == 10, utf8[4] == Self.dash, utf8[7] == Self.dash,
              let year = Self.number(utf8[0..<4]), let month = Self.number(utf8[5..<7]),
              let day = Self.number(utf8[8..<10])
        else { return nil }
        self.init(year: year, month: month, day: day)
    }

    private static let dash = UInt8(ascii: "-")

    /// The decimal value of `digits`, when every byte is an ASCII digit.
    private static func number(_ digits: ArraySlice<UInt8>) -> Int? {
        var value = 0
        for byte in digits {
            guard (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte) else { return nil }
            value = value * 10 + Int(byte - UInt8(ascii: "0"))
        }
        return value
    }

    /// The day containing `date` in UTC.
    public init(containing date: Date) {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC") ?? calendar.timeZone
        let parts = calendar.dateComponents([.year, .month, .day], from: date)
        (year, month, day) = (parts.year ?? 1970, parts.month ?? 1, parts.day ?? 1)
    }

    /// `YYYY-MM-DD`.
    public var description: String {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(10)
        Self.append(year, digits: 4, to: &bytes)
        bytes.append(Self.dash)
        Self.append(month, digits: 2, to: &bytes)
        bytes.append(Self.dash)
        Self.append(day, digits: 2, to: &bytes)
        return String(decoding: bytes, as: UTF8.self)
    }

    /// `value`'s last `digits` decimal digits, zero-padded.
    private static func append(_ value: Int, digits: Int, to bytes: inout [UInt8]) {
        var divisor = 1
        for _ in 1..<digits { divisor *= 10 }
        while divisor > 0 {
            bytes.append(UInt8(ascii: "0") + UInt8(value / divisor % 10))
            divisor /= 10
        }
    }

    /// Whole days from `self` to `later` (negative when `later` is earlier).
    public func days(until later: Day) -> Int {
        later.ordinal - ordinal
    }

    public static func < (lhs: Day, rhs: Day) -> Bool { lhs.ordinal < rhs.ordinal }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        let text = try container.decode(String.self)
        guard let parsed = Day(iso: text) else {
            throw DecodingError.dataCorruptedError(
                in: container, debugDescription: "'\(text)' is not a valid date (YYYY-MM-DD)")
        }
        self = parsed
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(description)
    }

    /// Days since 0000-03-01 in the proleptic Gregorian calendar.
    private var ordinal: Int {
        let shifted = month <= 2 ? year - 1 : year
        let era = shifted / 400
        let yearOfEra = shifted - era * 400
        let dayOfYear = (153 * (month + (month > 2 ? -3 : 9)) + 2) / 5 + day - 1
        let dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear
        return era * 146_097 + dayOfEra
    }

    private static func length(ofMonth month: Int, year: Int) -> Int {
        switch month {
        case 2: return year % 4 == 0 && (year % 100 != 0 || year % 400 == 0) ? 29 : 28
        case 4, 6, 9, 11: return 30
        default: return 31
        }
    }
}
