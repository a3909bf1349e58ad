import Foundation

/// One compact JSON line per deployment (sorted snake_case keys), for portfolio runs: the
/// canonical result without the checklist text each control would otherwise repeat (title,
/// rationale, remediation, refs) — outcomes, reasons, locations, scores and the gate remain.
public struct JSONLinesRenderer: ReportRenderer {
    /// Creates the renderer.
    public init() {}

    public func render(_ result: AuditResult) -> String {
        (try? Self.encoder.encodeToString(result) + "\n") ?? "{}\n"
    }

    /// The bytes of Foundation's `JSONEncoder` with `[.sortedKeys, .withoutEscapingSlashes]`,
    /// `.convertToSnakeCase` and `userInfo[.compactControls] = true`.
    static let encoder = CanonicalJSONEncoder(convertsKeysToSnakeCase: true, userInfo: [.compactControls: true])
}
