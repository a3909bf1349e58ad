import Foundation

/// The canonical JSON result: sorted keys, snake_case names, two-space indentation.
public struct JSONRenderer: ReportRenderer {
    /// Creates the renderer.
    public init() {}

    public func render(_ result: AuditResult) -> String {
        (try? Self.encoder.encodeToString(result) + "\n") ?? "{}\n"
    }

    public func renderData(_ result: AuditResult) -> Data {
        (try? Self.encoder.encodeData(result, lineBreak: true)) ?? Data("{}\n".utf8)
    }

    /// The encoder behind the canonical form: the bytes of Foundation's `JSONEncoder` with
    /// `[.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]` and `.convertToSnakeCase`.
    static let encoder = CanonicalJSONEncoder(prettyPrinted: true, convertsKeysToSnakeCase: true)

    /// The decoder that reads the canonical form back (e.g. for baselines).
    public static var decoder: JSONDecoder {
        let decoder = JSONDecoder()
        decoder.keyDecodingStrategy = .convertFromSnakeCase
        return decoder
    }
}
