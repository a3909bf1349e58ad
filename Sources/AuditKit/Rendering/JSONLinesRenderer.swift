import Foundation

/// One compact JSON line per deployment (sorted snake_case keys), for portfolio runs: the
/// canonical result without the checklist text each control would otherwise repeat (title,
/// rationale, remediation, refs) — outcomes, reasons, locations, scores and the gate remain.
public struct JSONLinesRenderer: ReportRenderer {
    /// Creates the renderer.
    public init() {}

    public func render(_ result: AuditResult) -> String {
        String(decoding: line(result), as: UTF8.self)
    }

    /// The line's UTF-8 bytes, ending in a line break: what a portfolio run writes, without
    /// making and re-reading a string of each ≈ 66 KB line.
    public func line(_ result: AuditResult) -> [UInt8] {
        (try? Self.encoder.encodeLine(result)) ?? Array("{}\n".utf8)
    }

    /// The bytes of Foundation's `JSONEncoder` with `[.sortedKeys, .withoutEscapingSlashes]`,
    /// `.convertToSnakeCase` and `userInfo[.compactControls] = true`.
    static let encoder = CanonicalJSONEncoder(convertsKeysToSnakeCase: true, userInfo: [.compactControls: true])
}
