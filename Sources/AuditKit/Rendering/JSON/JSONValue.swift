/// A JSON document as a tree, built by `JSONTreeEncoder` and written by `CanonicalJSONWriter`.
///
/// Numbers hold their final text, so writing never formats anything; objects hold their members
/// already in the order they are written (sorted by key, each key once).
enum JSONValue {
    /// `null`.
    case null
    /// `true` or `false`.
    case bool(Bool)
    /// A string, escaped only when written.
    case string(String)
    /// A number, already formatted as JSON text (`100`, `0.5`, `1e-07`).
    case number(String)
    /// An array.
    case array([JSONValue])
    /// An object, as its members in writing order.
    case object([JSONMember])
    /// A value that writes its own bytes: the hundreds of control results of a result, which
    /// would otherwise become thousands of small trees made only to be written once.
    case direct(any JSONDirectValue)
}
