/// A part of a JSON tree that writes its bytes itself, through the writer's container calls
/// (`openContainer`, `nextMember`, `nextItem`, `closeContainer`), so the layout — compact or
/// pretty — stays the writer's.
protocol JSONDirectValue {
    /// Appends the value, nested at `depth` (the depth the tree's own value would be written at).
    /// - Throws: `EncodingError.invalidValue` when containers nest too deep.
    func write(to writer: inout CanonicalJSONWriter, depth: Int) throws
}
