/// A reason's sentence: written out, or kept as the parts of a field's fact —
/// "`name` is `state`", then "; " and what the failed test requires — until it is read.
enum ReasonText: Sendable {
    /// A finished sentence.
    case plain(String)
    /// A field's fact: its dotted name in two parts (the interned path of the list element it
    /// is under, if any, and the path under that), what it is, and the test it failed, if it
    /// failed one. The prefix is interned so that the reasons under a list element, ≈ 370 a
    /// portfolio manifest, copy and drop it without an atomic reference count.
    case fact(prefix: FileName?, path: String, state: FactState, failed: FieldTest?)

    /// What a field is, in a fact.
    enum FactState: Sendable {
        case declared, notDeclared
        case value(ManifestNode.Value)

        /// Whether the two are the same state, from the same value.
        func isSame(as other: FactState) -> Bool {
            switch (self, other) {
            case (.declared, .declared), (.notDeclared, .notDeclared): true
            case let (.value(a), .value(b)): a == b
            default: false
            }
        }

        /// Hands the words after "is" to `body`, a value's literal piece by piece.
        func forEachPart(_ body: (TextPiece) -> Void) {
            switch self {
            case .declared: body(.literal("declared"))
            case .notDeclared: body(.literal("not declared"))
            case .value(let value): value.forEachLiteralPart(body)
            }
        }
    }

    /// Whether `other` is the same sentence. Facts with the same parts are, without composing
    /// either (composing the facts a control's reasons compare was ≈ 2.4 % of a portfolio
    /// manifest's instructions); anything else compares as the sentence it composes.
    func isSameSentence(as other: ReasonText) -> Bool {
        if case let .fact(prefix, path, state, failed) = self,
           case let .fact(otherPrefix, otherPath, otherState, otherFailed) = other,
           prefix == otherPrefix, path == otherPath, failed == otherFailed, state.isSame(as: otherState) {
            return true
        }
        if case .plain(let text) = self, case .plain(let otherText) = other { return text == otherText }
        return composed == other.composed
    }

    /// The sentence.
    var composed: String {
        if case .plain(let text) = self { return text }
        var text = ""
        text.reserveCapacity(96)
        forEachPart { text += $0.string }
        return text
    }

    /// Hands the sentence's pieces to `body` in order: for `composed`, and for writers that
    /// write them without joining them first.
    func forEachPart(_ body: (TextPiece) -> Void) {
        switch self {
        case .plain(let text):
            body(.text(text))
        case .fact(let prefix, let path, let state, let failed):
            if let prefix {
                body(.interned(prefix))
                if !path.hasPrefix("[") { body(.literal(".")) }
            }
            body(.text(path))
            body(.literal(" is "))
            state.forEachPart(body)
            if let failed {
                body(.literal("; "))
                body(.text(failed.expectation))
            }
        }
    }
}
