/// Suggests the closest known word for a misspelt key or id ("did you mean …?").
public enum Spelling {
    /// The candidate within edit distance 2 (or a third of the word) of `word`, if any; letter
    /// case does not count. A guess that would replace every letter of the word (`id` for `<<`)
    /// is no guess.
    public static func closest(to word: String, among candidates: [String]) -> String? {
        let limit = max(2, word.count / 3)
        let scored = candidates.map { ($0, distance(word.lowercased(), $0.lowercased())) }
        guard let best = scored.min(by: { $0.1 < $1.1 }), best.1 <= limit,
              best.1 < max(word.count, best.0.count) else { return nil }
        return best.0
    }

    /// "; did you mean 'MLR-01'?" for the closest candidate, or nothing: what follows a message
    /// naming a word that is not among `candidates`.
    public static func hint(for word: String, among candidates: [String]) -> String {
        closest(to: word, among: candidates).map { "; did you mean '\($0)'?" } ?? ""
    }

    /// What follows "unknown key 'name' in …": the key meant, or the keys allowed. A YAML merge
    /// key (`<<`) is named as such: Safeguard reads YAML 1.2, which has none.
    static func unknownKeyHint(_ name: String, allowed: [String]) -> String {
        if name == "<<" { return "; YAML merge keys are not supported: write the keys out" }
        let guess = hint(for: name, among: allowed)
        return guess.isEmpty ? "; expected one of: \(allowed.joined(separator: ", "))" : guess
    }

    /// Levenshtein distance.
    static func distance(_ lhs: String, _ rhs: String) -> Int {
        let a = Array(lhs), b = Array(rhs)
        guard !a.isEmpty else { return b.count }
        guard !b.isEmpty else { return a.count }
        var previous = Array(0...b.count)
        for i in 1...a.count {
            var current = [i] + Array(repeating: 0, count: b.count)
            for j in 1...b.count {
                let cost = a[i - 1] == b[j - 1] ? 0 : 1
                current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
            }
            previous = current
        }
        return previous[b.count]
    }
}
