@testable import AuditKit

/// A single-value container: the encoder's value is the one value given (a `Day` as its text,
/// a raw-value enum as its raw value).
struct TemplateSingleValueContainer: SingleValueEncodingContainer {
    let encoder: TemplateEncoder

    var codingPath: [any CodingKey] { encoder.codingPath }

    mutating func encodeNil() { encoder.setSingle(nil) }
    mutating func encode(_ value: Bool) { encoder.setSingle(.flag(value)) }
    mutating func encode(_ value: String) { encoder.setSingle(.text(value)) }
    mutating func encode(_ value: Int) { encoder.setSingle(.integer(value)) }
    mutating func encode(_ value: Double) { encoder.setSingle(.number(value)) }

    mutating func encode<T: Encodable>(_ value: T) throws {
        encoder.setSingle(try TemplateEncoder.tree(of: value, at: codingPath))
    }
}
