/// Foundation's `JSONEncoder.KeyEncodingStrategy.convertToSnakeCase`, step for step: words
/// split where lower case turns to upper case and before the last capital of a run of capitals,
/// joined with `_` and lower-cased (`evidenceBacked` → `evidence_backed`,
/// `myURLProperty` → `my_url_property`, `URLString` → `u_rl_string`).
///
/// It mirrors swift-foundation's `_convertToSnakeCase`, with the same `String` index calls.
/// Capitals are Unicode general categories Lu and Lt, lower case is Ll: Foundation reads these
/// from CoreFoundation's tables and this from the standard library's, which could disagree only
/// for letters added in a Unicode version one of them does not know yet.
enum SnakeCase {
    /// Whether conversion leaves `key` as it is: ASCII without capitals, the common case.
    static func isUnchanged(_ key: String) -> Bool {
        let unchanged = key.utf8.withContiguousStorageIfAvailable { bytes in
            bytes.allSatisfy { $0 < 0x80 && !(0x41...0x5A).contains($0) }
        }
        return unchanged ?? key.utf8.allSatisfy { $0 < 0x80 && !(0x41...0x5A).contains($0) }
    }

    /// `key` converted to snake_case.
    static func convert(_ key: String) -> String {
        guard !key.isEmpty else { return key }
        var words: [Range<String.Index>] = []
        var wordStart = key.startIndex
        var searchRange = key.index(after: wordStart)..<key.endIndex
        while let upper = firstScalar(in: key[searchRange], where: isCapital) {
            words.append(wordStart..<upper.lowerBound)
            searchRange = upper.lowerBound..<searchRange.upperBound
            guard let lower = firstScalar(in: key[searchRange], where: isLowerCase) else {
                wordStart = searchRange.lowerBound
                break
            }
            if lower.lowerBound == key.index(after: upper.lowerBound) {
                wordStart = upper.lowerBound
            } else {
                let beforeLower = key.index(before: lower.lowerBound)
                words.append(upper.lowerBound..<beforeLower)
                wordStart = beforeLower
            }
            searchRange = lower.upperBound..<searchRange.upperBound
        }
        words.append(wordStart..<searchRange.upperBound)
        return words.map { key[$0].lowercased() }.joined(separator: "_")
    }

    /// The range of the first scalar of `text` that matches, as Foundation's `_rangeOfCharacter`.
    private static func firstScalar(in text: Substring, where matches: (Unicode.Scalar) -> Bool)
        -> Range<String.Index>? {
        let scalars = text.unicodeScalars
        guard let index = scalars.firstIndex(where: matches) else { return nil }
        return index..<scalars.index(after: index)
    }

    private static func isCapital(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.properties.generalCategory {
        case .uppercaseLetter, .titlecaseLetter: true
        default: false
        }
    }

    private static func isLowerCase(_ scalar: Unicode.Scalar) -> Bool {
        scalar.properties.generalCategory == .lowercaseLetter
    }
}
