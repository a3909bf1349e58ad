/// The events `PlainYAMLScanner` found, read one at a time like libyaml's.
///
/// Values point into the source text (which must outlive this) or into the scanner's buffer.
struct ScannedYAMLEvents: YAMLEventSource {
    private let events: [ScannedYAMLEvent]
    private let scratch: [UInt8]
    private let source: UnsafeBufferPointer<UInt8>
    private var index = -1

    init(events: [ScannedYAMLEvent], scratch: [UInt8], source: UnsafeBufferPointer<UInt8>) {
        (self.events, self.scratch, self.source) = (events, scratch, source)
    }

    mutating func next() -> Bool {
        guard index + 1 < events.count else { return false }
        index += 1
        return true
    }

    private var current: ScannedYAMLEvent { events[index] }
    var kind: YAMLEventKind { current.kind }
    var line: Int { Int(current.line) }
    var column: Int { Int(current.column) }
    /// The scanner declines anchors, tags and aliases, so every node it gives is plain.
    var isPlain: Bool { true }
    var style: YAMLScalarStyle { current.style }

    func withScalarBytes<Result>(_ body: (UnsafeBufferPointer<UInt8>) -> Result) -> Result {
        let event = current
        let range = Int(event.start)..<Int(event.start) + Int(event.count)
        guard event.inScratch else { return body(UnsafeBufferPointer(rebasing: source[range])) }
        return scratch.withUnsafeBufferPointer { body(UnsafeBufferPointer(rebasing: $0[range])) }
    }
}
