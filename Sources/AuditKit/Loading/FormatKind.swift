import Yams

/// The value of a file's `safeguard:` key: which format and version it is.
public enum FormatKind: String, Sendable, CaseIterable {
    case checklist = "checklist/v1"
    case profile = "profile/v1"
    case deployment = "deployment/v1"
    case metrics = "metrics/v1"
    case references = "references/v1"
    case metricCategories = "metric-categories/v1"
    case probes = "probes/v1"
    case toolMappings = "tool-mappings/v1"

    /// Reads and checks the format key of a parsed document.
    /// - Throws: `Diagnostic` when the key is missing, unknown, or not the `expected` one.
    @discardableResult
    static func of(_ document: YAMLDocument, expected: FormatKind? = nil) throws -> FormatKind {
        if case .scalar(let scalar) = document.root, scalar.style == .plain, document.root.isNull {
            throw Diagnostic(.fileEmpty, "is empty: expected a YAML mapping starting with "
                             + "'safeguard:'", file: document.source.path)
        }
        guard case .mapping(let mapping) = document.root else {
            throw document.diagnostic(.wrongType, "expected a YAML mapping starting with "
                                      + "'safeguard: <format>/v1', found "
                                      + DecodingErrorLocator.describe(document.root), at: document.root)
        }
        let formatKey = mapping.first { $0.key.string == "safeguard" }?.value
        if let node = formatKey, node.scalar == nil {
            throw document.diagnostic(.wrongType, "the format key must be text such as 'safeguard: "
                                      + "\(expected?.rawValue ?? "deployment/v1")', found "
                                      + DecodingErrorLocator.describe(node), at: node)
        }
        guard let node = formatKey, let value = node.string else {
            throw document.diagnostic(.unknownFormat, "missing the format key; the first line should "
                                      + "be e.g. 'safeguard: \(expected?.rawValue ?? "deployment/v1")'",
                                      at: document.root)
        }
        guard let kind = FormatKind(rawValue: value) else {
            throw document.diagnostic(.unknownFormat, unknownMessage(value), at: node)
        }
        if let expected, kind != expected {
            throw document.diagnostic(.unknownFormat, "expected a \(expected.rawValue) file, "
                                      + "found \(value)", at: node)
        }
        return kind
    }

    private static func unknownMessage(_ value: String) -> String {
        let name = value.split(separator: "/").first.map(String.init) ?? value
        if let known = allCases.first(where: { $0.rawValue.hasPrefix(name + "/") }) {
            return "unsupported format version '\(value)'; this safeguard reads \(known.rawValue)"
        }
        return "unknown format '\(value)'; expected one of: "
            + allCases.map(\.rawValue).joined(separator: ", ")
    }
}
