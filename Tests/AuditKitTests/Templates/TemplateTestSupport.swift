@testable import AuditKit

/// Renders template text over a value, with partials beside it, as reports do.
enum TemplateHarness {
    static func render(_ text: String, _ root: TemplateValue = .object([:]),
                       partials: [String: String] = [:]) throws -> String {
        let sources = [("main", SourceFile(path: "main.mustache", text: text))]
            + partials.sorted { $0.key < $1.key }.map { ($0.key, SourceFile(path: "\($0.key).mustache", text: $0.value)) }
        return try TemplateLibrary(sources.map { (name: $0.0, source: $0.1) }).render("main", over: root) ?? ""
    }

    /// The diagnostic parsing `text` fails with.
    static func failure(_ text: String, partials: [String: String] = [:]) -> Diagnostic? {
        do {
            _ = try render(text, partials: partials)
            return nil
        } catch {
            return error as? Diagnostic
        }
    }
}
