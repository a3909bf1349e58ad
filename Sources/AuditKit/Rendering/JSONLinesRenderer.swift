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

    /// The line's UTF-8 bytes, ending in a line break.
    public func line(_ result: AuditResult) -> [UInt8] { lineBytes(result).array }

    /// The line's UTF-8 bytes, ending in a line break, as the writer wrote them: what a
    /// portfolio run writes, without making and re-reading a string of each ≈ 70 KB line, or
    /// copying it into an array.
    public func lineBytes(_ result: AuditResult) -> JSONBytes {
        if let line = try? Self.encoder.encodeLine(result) { return line }
        var writer = CanonicalJSONWriter(prettyPrinted: false, capacity: 3)
        writer.append("{}\n")
        return writer.finish()
    }

    /// The bytes of Foundation's `JSONEncoder` with `[.sortedKeys, .withoutEscapingSlashes]`,
    /// `.convertToSnakeCase` and `userInfo[.compactControls] = true`.
    static let encoder = CanonicalJSONEncoder(convertsKeysToSnakeCase: true, userInfo: [.compactControls: true])
}
