/// A SARIF log is written by `SARIFLogJSON`, not through its `encode(to:)`: encoded, each
/// part's first use had the runtime look up its conformances, a scan of every conformance
/// record in the binary each time, and each part became a tree made only to be written once.
extension JSONTreeEncoder {
    /// The log's value when `value` is a SARIF log; nil for anything else.
    static func sarifTree<T: Encodable>(_ value: T) -> JSONValue? {
        guard T.self == SARIF.Log.self, let log = value as? SARIF.Log else { return nil }
        return .direct(SARIFLogJSON(log: log))
    }
}
