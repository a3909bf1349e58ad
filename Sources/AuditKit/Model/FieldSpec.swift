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
