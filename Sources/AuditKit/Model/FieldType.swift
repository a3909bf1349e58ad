/// The type of one field in the deployment manifest schema.
///
/// One schema drives three things: validating a manifest with located errors, checking the field
/// paths checklists use (`safeguard lint`), and documenting the format.
public indirect enum FieldType: Sendable {
    /// Any scalar, read as text.
    case text
    /// A whole number within the range.
    case integer(ClosedRange<Int>)
    /// A finite number within the range.
    case number(ClosedRange<Double>)
    /// `true` or `false` (never `yes`/`no`).
    case boolean
    /// `YYYY-MM-DD`.
    case date
    /// One of a closed set of words.
    case choice([String])
    /// A market: two capital letters (see `MarketCode`).
    case market
    /// The id of an entry in the manifest's `evidence` list.
    case evidenceReference
    /// A list of values of one type.
    case list(FieldType)
    /// A mapping with known keys.
    case object([FieldSpec])

    /// A count or a duration: a whole number, 0 or more.
    public static let count: FieldType = .integer(0...Int.max)
    /// A share or a confidence: a number from 0 to 1.
    public static let fraction: FieldType = .number(0...1)

    /// A short name for messages: "a whole number of at least 0", "one of: a, b".
    public var summary: String {
        switch self {
        case .text: "text"
        case .integer(let range):
            "a whole number" + Self.bounds(range.lowerBound == .min ? nil : Double(range.lowerBound),
                                           range.upperBound == .max ? nil : Double(range.upperBound))
        case .number(let range):
            "a number" + Self.bounds(range.lowerBound.isFinite ? range.lowerBound : nil,
                                     range.upperBound.isFinite ? range.upperBound : nil)
        case .boolean: "true or false"
        case .date: "a date (YYYY-MM-DD)"
        case .choice(let values): "one of: " + values.joined(separator: ", ")
        case .market: "a market code (two capital letters: an ISO 3166-1 code, EU or UK)"
        case .list(.market): "a list of market codes (two capital letters: ISO 3166-1 codes, EU or UK)"
        case .evidenceReference: "an evidence id"
        case .list(let element): "a list of \(element.summary)"
        case .object: "a mapping"
        }
    }

    /// " from 0 to 1", " of at least 0", " of at most 5" or nothing, for `summary`.
    private static func bounds(_ lower: Double?, _ upper: Double?) -> String {
        switch (lower?.formatted(maxFractionDigits: 6), upper?.formatted(maxFractionDigits: 6)) {
        case let (lower?, upper?): " from \(lower) to \(upper)"
        case let (lower?, nil): " of at least \(lower)"
        case let (nil, upper?): " of at most \(upper)"
        case (nil, nil): ""
        }
    }

    /// The values a numeric type admits, as numbers; nil for the other types.
    public var numericRange: ClosedRange<Double>? {
        switch self {
        case .integer(let range): Double(range.lowerBound)...Double(range.upperBound)
        case .number(let range): range
        default: nil
        }
    }

    /// The spec of the field named `name`, when this is an object that has one.
    public func field(_ name: String) -> FieldSpec? {
        guard case .object(let fields) = self else { return nil }
        return fields.first { $0.name == name }
    }

    /// The type found by following `path` from this type; list types are stepped through
    /// only by `some`/`each`, so a path may not cross a list.
    public func resolve(_ path: FieldPath) -> FieldType? {
        var current = self
        for component in path.components {
            guard let next = current.field(component) else { return nil }
            current = next.type
        }
        return current
    }
}
