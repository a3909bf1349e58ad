/// A member name as the writer writes it — quoted and escaped — made once for names written
/// thousands of times (a result's controls, reasons, score lines and records), so writing one
/// is a copy of a few bytes: escaping the name again each time was ≈ 2 % of a portfolio line.
///
/// The name and its written form are kept as file names are (`FileName`: interned, never
/// freed), so a key text is two pointers and copying one retains nothing: the writers read a
/// dozen from their member lists for each of a result's hundred controls, and each read of a
/// `String` and a `[UInt8]` cost two atomic retains and two releases.
struct JSONKeyText: Sendable {
    private let interned: FileName
    private let written: FileName

    /// The written form of `name`.
    init(_ name: String) {
        interned = FileName.interned(name)
        var writer = CanonicalJSONWriter(prettyPrinted: false, capacity: name.utf8.count + 8)
        writer.writeString(name)
        written = writer.bytes.withUnsafeBufferPointer { FileName(entry: FileNameTable.shared.entry(for: $0)) }
    }

    /// The name.
    var name: String { interned.text }
    /// `"name"`, escaped.
    var quoted: UnsafeBufferPointer<UInt8> { written.utf8 }
}
