/// A member name as the writer writes it — quoted and escaped — made once for names written
/// thousands of times (a result's controls, reasons, score lines and records), so writing one
/// is a copy of a few bytes: escaping the name again each time was ≈ 2 % of a portfolio line.
struct JSONKeyText: Sendable {
    /// The name.
    let name: String
    /// `"name"`, escaped.
    let quoted: [UInt8]

    /// The written form of `name`.
    init(_ name: String) {
        self.name = name
        var writer = CanonicalJSONWriter(prettyPrinted: false, capacity: name.utf8.count + 8)
        writer.writeString(name)
        quoted = writer.bytes
    }
}
