/// The type of one field in the deployment manifest schema.
///
/// One schema drives three things: validating a manifest with located errors, checking the field
/// paths checklists use (`safeguard lint`), and documenting the format.
public indirect enum FieldType: Sendable {
    /// Any scalar, read as text.
    case text
    /// A whole number.
    case integer
    /// A number.
    case number
    /// `true` or `false` (never `yes`/`no`).
    case boolean
    /// `YYYY-MM-DD`.
    case date
    /// One of a closed set of words.
    case choice([String])
    /// The id of an entry in the manifest's `evidence` list.
    case evidenceReference
    /// A list of values of one type.
    case list(FieldType)
    /// A mapping with known keys.
    case object([FieldSpec])

    /// A short name for messages: "a whole number", "one of: a, b".
    public var summary: String {
        switch self {
        case .text: "text"
        case .integer: "a whole number"
        case .number: "a number"
        case .boolean: "true or false"
        case .date: "a date (YYYY-MM-DD)"
        case .choice(let values): "one of: " + values.joined(separator: ", ")
        case .evidenceReference: "an evidence id"
        case .list(let element): "a list of \(element.summary)"
        case .object: "a mapping"
        }
    }

    /// The spec of the field named `name`, when this is an object that has one.
    public func field(_ name: String) -> FieldSpec? {
        guard case .object(let fields) = self else { return nil }
        return fields.first { $0.name == name }
    }

    /// The type found by following `path` from this type; list types are stepped through
    /// only by `some`/`each`, so a path may not cross a list.
    public func resolve(_ path: FieldPath) -> FieldType? {
        var current = self
        for component in path.components {
            guard let next = current.field(component) else { return nil }
            current = next.type
        }
        return current
    }
}

/// One named field of an object in the manifest schema.
public struct FieldSpec: Sendable {
    /// The key as written in YAML.
    public let name: String
    /// The value's type.
    public let type: FieldType
    /// Whether the key must be present.
    public let required: Bool

    /// Creates a field spec.
    public init(_ name: String, _ type: FieldType, required: Bool = false) {
        self.name = name
        self.type = type
        self.required = required
    }
}
