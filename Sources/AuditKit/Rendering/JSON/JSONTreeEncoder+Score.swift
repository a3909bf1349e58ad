/// A result's score and its breakdown lines, written straight into bytes
/// (`JSONDirectRecord+Score.swift`), as `JSONTreeEncoder+Results.swift` has for controls.
extension JSONTreeEncoder {
    /// The value of `value` when it is a score or a list of score lines; nil for any other.
    func scoreTree<T: Encodable>(_ value: T) -> JSONValue? {
        if T.self == ScoreSummary.self, let score = value as? ScoreSummary {
            return .direct(JSONDirectRecords([score], isList: false, in: context))
        }
        if T.self == [ScoreSummary.Line].self, let lines = value as? [ScoreSummary.Line] {
            return .direct(JSONDirectRecords(lines, isList: true, in: context))
        }
        return nil
    }
}
