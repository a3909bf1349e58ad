/// A member or element whose value is still being written when it takes its place: a nested
/// container, or an encoder returned by `superEncoder()`. It is resolved when its parent is built.
enum JSONPending {
    /// A nested keyed container.
    case object(JSONObjectBuilder)
    /// A nested unkeyed container.
    case array(JSONArrayBuilder)
    /// A super encoder; an encoder that wrote nothing stands for `{}`, as in Foundation.
    case encoder(JSONTreeEncoder)

    /// The finished value.
    func resolved() -> JSONValue {
        switch self {
        case .object(let builder): .object(builder.build())
        case .array(let builder): .array(builder.build())
        case .encoder(let encoder): encoder.take() ?? .object([])
        }
    }
}
