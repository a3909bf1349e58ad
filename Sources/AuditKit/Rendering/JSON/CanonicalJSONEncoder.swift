import Foundation

/// Encodes `Encodable` values as JSON with sorted keys and unescaped slashes, byte for byte as
/// Foundation's `JSONEncoder` does with `[.sortedKeys, .withoutEscapingSlashes]` (plus
/// `.prettyPrinted` and `.convertToSnakeCase` when asked), and several times faster.
///
/// It builds a small tree of `JSONValue`s and writes it out once. Where it saves time: no
/// dynamic casts on every value (metatype comparisons instead), snake_case names computed once
/// per key for the whole process (`SnakeCaseKeyCache`), members sorted in an array rather than
/// collected in dictionaries.
///
/// Matched: key order (UTF-8 bytes, as swift-foundation on Linux), string escaping, number text
/// (`100.0` → `100`, `1e-07`, `-0`), NaN and infinity refused, `[String: Value]` keys never
/// converted, `Data` as Base64, `URL` as its absolute string, `Decimal` as a number, `Date` by
/// the default `.deferredToDate`, a key written twice keeping its last value, `{}` for a value
/// that writes nothing. Not matched: two keys that differ in bytes but are canonically
/// equivalent Unicode (`"é"` and `"e\u{301}"`) are one member in Foundation, which collects
/// members in a `[String: _]`, and two members here.
public struct CanonicalJSONEncoder: Sendable {
    /// Two-space indentation over several lines (`.prettyPrinted`), or one line.
    public var prettyPrinted: Bool
    /// Converts keys to snake_case as `.convertToSnakeCase` does.
    public var convertsKeysToSnakeCase: Bool
    /// What `encode(to:)` finds in `encoder.userInfo`.
    public var userInfo: [CodingUserInfoKey: any Sendable]

    /// Creates an encoder.
    public init(prettyPrinted: Bool = false, convertsKeysToSnakeCase: Bool = false,
                userInfo: [CodingUserInfoKey: any Sendable] = [:]) {
        (self.prettyPrinted, self.convertsKeysToSnakeCase, self.userInfo) =
            (prettyPrinted, convertsKeysToSnakeCase, userInfo)
    }

    /// The JSON text of `value`, in UTF-8.
    /// - Throws: `EncodingError.invalidValue` for NaN or infinity, for a top-level value that
    ///   writes nothing, or for containers nested 512 deep; or what `encode(to:)` throws.
    public func encode<T: Encodable>(_ value: T) throws -> [UInt8] {
        try encode(value, lineBreak: false).bytes
    }

    /// The JSON text of `value` and a line break, for JSON lines: the break is written with the
    /// rest, and the line (≈ 70 KB for a portfolio result) is handed over as the writer wrote it,
    /// not copied again.
    /// - Throws: as `encode(_:)`.
    func encodeLine<T: Encodable>(_ value: T) throws -> JSONBytes {
        try encode(value, lineBreak: true).finish()
    }

    private func encode<T: Encodable>(_ value: T, lineBreak: Bool) throws -> CanonicalJSONWriter {
        let context = JSONEncodingContext(snakeCase: convertsKeysToSnakeCase ? .shared : nil,
                                          userInfo: userInfo.mapValues { $0 as Any })
        guard let tree = try JSONTreeEncoder(context: context).boxIfAny(value, at: nil) else {
            throw EncodingError.invalidValue(value, EncodingError.Context(
                codingPath: [], debugDescription: "Top-level \(T.self) did not encode any values."))
        }
        var writer = CanonicalJSONWriter(prettyPrinted: prettyPrinted)
        do {
            try writer.write(tree)
        } catch {
            throw EncodingError.invalidValue(value, EncodingError.Context(
                codingPath: [],
                debugDescription: "Unable to encode the given top-level value to JSON.",
                underlyingError: error))
        }
        if lineBreak { writer.appendByte(UInt8(ascii: "\n")) }
        return writer
    }

    /// The JSON text of `value` in UTF-8, with a line break after it when `lineBreak`.
    /// - Throws: as `encode(_:)`.
    public func encodeData<T: Encodable>(_ value: T, lineBreak: Bool = false) throws -> Data {
        try encode(value, lineBreak: lineBreak).data
    }

    /// The JSON text of `value`.
    /// - Throws: as `encode(_:)`.
    public func encodeToString<T: Encodable>(_ value: T) throws -> String {
        try encode(value, lineBreak: false).text
    }
}
