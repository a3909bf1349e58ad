/// A coding key for any string, used to list every key a mapping really has.
struct AnyCodingKey: CodingKey, Hashable {
    let stringValue: String
    let intValue: Int?

    init(stringValue: String) { (self.stringValue, self.intValue) = (stringValue, nil) }
    init(intValue: Int) { (self.stringValue, self.intValue) = (String(intValue), intValue) }
}

/// Thrown while decoding when a mapping has a key its type does not know.
struct UnknownKeyError: Error {
    let codingPath: [any CodingKey]
    let key: String
    let allowed: [String]
}

extension Decoder {
    /// A keyed container that first rejects any key not in `Keys.allCases`.
    ///
    /// Yams and Foundation ignore unknown keys; for an audit a misspelt `severty:` must not pass
    /// silently, so every model type decodes through this.
    func strictContainer<Keys: CodingKey & CaseIterable>(
        keyedBy type: Keys.Type
    ) throws -> KeyedDecodingContainer<Keys> {
        let allowed = Keys.allCases.map(\.stringValue)
        if let node = self as? NodeDecoder { return try node.container(keyedBy: type, allowing: allowed) }
        let actual = try container(keyedBy: AnyCodingKey.self).allKeys.map(\.stringValue)
        if let unknown = actual.first(where: { !allowed.contains($0) }) {
            throw UnknownKeyError(codingPath: codingPath + [AnyCodingKey(stringValue: unknown)], key: unknown,
                                  allowed: allowed)
        }
        return try container(keyedBy: type)
    }
}

/// A closed set of string values (severity, area, …) that decodes with a helpful message
/// listing the accepted values.
public protocol Vocabulary: RawRepresentable, CaseIterable, Codable, Sendable
where RawValue == String {}

extension Vocabulary {
    public init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        let raw = try container.decode(String.self)
        guard let value = Self(rawValue: raw) else {
            let choices = Self.allCases.map(\.rawValue).joined(separator: ", ")
            throw DecodingError.dataCorruptedError(
                in: container, debugDescription: "'\(raw)' is not one of: \(choices)")
        }
        self = value
    }
}

extension Severity: Vocabulary {}
extension SafeguardArea: Vocabulary {}
extension Confidence: Vocabulary {}
extension RiskTier: Vocabulary {}
extension Outcome: Vocabulary {}
