import Foundation

/// Rejects a stored JSON result with a key or a string that carries a character of
/// `UnsafeCharacters` (`"\u001b[2J"`, `"\u202e"`).
///
/// Safeguard never writes one, since every YAML input and every input file name refuses them,
/// so such a result was made or changed by hand; `diff`, `verify --inputs` and the reports
/// of a run with `--baseline` would pass it on to terminals and readers.
enum JSONUnsafeTextCheck {
    /// Checks the JSON document in `bytes`, which has already been decoded once.
    /// - Throws: `Diagnostic` naming `file` and the path of the first such key or string, keys
    ///   visited in sorted order so the same file always names the same place.
    static func check(_ bytes: Data, file: String) throws {
        guard let root = try? JSONSerialization.jsonObject(with: bytes, options: [.fragmentsAllowed]) else { return }
        var trail: [String] = []
        guard let unsafe = first(in: root, at: &trail) else { return }
        let place = ScalarSyntax.dotted(trail)
        throw Diagnostic(.invalidValue, "\(place.isEmpty ? "" : place + ": ")contains "
                         + "\(UnsafeCharacters.described(unsafe)); "
                         + "Safeguard never writes one, so the result was changed by hand", file: file)
    }

    /// The first unsafe character under `value`; `trail` is left at its path.
    private static func first(in value: Any, at trail: inout [String]) -> Unicode.Scalar? {
        if let text = value as? String { return UnsafeCharacters.first(in: text) }
        if let array = value as? [Any] {
            for (index, item) in array.enumerated() {
                if let found = descend(into: item, named: "[\(index)]", at: &trail) { return found }
            }
        } else if let object = value as? [String: Any] {
            for key in object.keys.sorted() {
                if let found = UnsafeCharacters.first(in: key) { trail.append(key); return found }
                if let item = object[key], let found = descend(into: item, named: key, at: &trail) { return found }
            }
        }
        return nil
    }

    private static func descend(into value: Any, named name: String, at trail: inout [String]) -> Unicode.Scalar? {
        trail.append(name)
        if let found = first(in: value, at: &trail) { return found }
        trail.removeLast()
        return nil
    }
}
