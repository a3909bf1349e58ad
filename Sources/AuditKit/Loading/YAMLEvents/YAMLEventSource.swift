/// A YAML event stream read one event at a time: libyaml's (`YAMLEventStream`), or the plain
/// subset's (`ScannedYAMLEvents`), which gives the same events for the files it takes.
protocol YAMLEventSource {
    /// Moves to the next event; false at a syntax error or after the stream's end.
    mutating func next() -> Bool
    /// The current event's kind.
    var kind: YAMLEventKind { get }
    /// 1-based line and column (in characters) where the current node event starts.
    var line: Int { get }
    var column: Int { get }
    /// False when the current node has an anchor or an explicit tag, or is an alias.
    var isPlain: Bool { get }
    /// The current scalar's style (`.none` for other events).
    var style: YAMLScalarStyle { get }
    /// Hands the current scalar's value, as UTF-8, to `body`.
    func withScalarBytes<Result>(_ body: (UnsafeBufferPointer<UInt8>) -> Result) -> Result
}

extension YAMLEventSource {
    /// The current scalar's value.
    var scalarText: String { withScalarBytes { String(decoding: $0, as: UTF8.self) } }

    /// True for a `'single'` or `"double"` quoted scalar.
    var isQuoted: Bool { style == .singleQuoted || style == .doubleQuoted }

    /// True for a plain (unquoted, not block) scalar.
    var isPlainStyle: Bool { style == .plain }
}
