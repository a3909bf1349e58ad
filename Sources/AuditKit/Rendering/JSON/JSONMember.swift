/// One key and value of a JSON object.
struct JSONMember {
    /// The key as written (after any key conversion).
    var key: String
    /// The value.
    var value: JSONValue
}
