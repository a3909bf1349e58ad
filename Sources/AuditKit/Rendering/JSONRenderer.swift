import Foundation

/// The canonical JSON result: sorted keys, snake_case names, two-space indentation.
public struct JSONRenderer: ReportRenderer {
    /// Creates the renderer.
    public init() {}

    public func render(_ result: AuditResult) -> String {
        (try? String(decoding: Self.encoder.encode(result), as: UTF8.self) + "\n") ?? "{}\n"
    }

    /// The encoder behind the canonical form.
    static var encoder: JSONEncoder {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        encoder.keyEncodingStrategy = .convertToSnakeCase
        return encoder
    }

    /// The decoder that reads the canonical form back (e.g. for baselines).
    public static var decoder: JSONDecoder {
        let decoder = JSONDecoder()
        decoder.keyDecodingStrategy = .convertFromSnakeCase
        return decoder
    }
}
