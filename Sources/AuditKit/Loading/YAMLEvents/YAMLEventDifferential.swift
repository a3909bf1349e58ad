/// Checks `PlainYAMLScanner` against libyaml: for any text the scanner takes, its events must be
/// libyaml's — kinds, node positions, scalar styles and values — and libyaml must reach the
/// stream's end without an error. Used by the tests and the fuzz target.
package enum YAMLEventDifferential {
    /// nil when the scanner declines `text` or agrees with libyaml; otherwise the first
    /// difference, in words.
    package static func disagreement(in text: String) -> String? {
        var text = text
        return text.withUTF8 { bytes in
            guard var scanned = PlainYAMLScanner.scan(bytes) else { return nil }
            guard let libyaml = YAMLEventStream(bytes) else { return "libyaml did not start" }
            var index = 0
            while true {
                let (scannerHas, libyamlHas) = (scanned.next(), libyaml.next())
                guard scannerHas == libyamlHas else {
                    return "event \(index): the scanner \(scannerHas ? "has one" : "has ended"), "
                        + "libyaml \(libyamlHas ? "has one" : "has ended or failed")"
                }
                guard scannerHas else { return nil }
                let (mine, theirs) = (describe(scanned), describe(libyaml))
                guard mine == theirs else { return "event \(index): the scanner has \(mine), libyaml \(theirs)" }
                index += 1
            }
        }
    }

    /// Whether the scanner takes `text` (so libyaml is not needed for it).
    package static func scannerTakes(_ text: String) -> Bool {
        var text = text
        return text.withUTF8 { PlainYAMLScanner.scan($0) != nil }
    }

    /// The current event in words: kind; for nodes, line:column and whether plain; for scalars,
    /// the style and the value's bytes.
    private static func describe<Events: YAMLEventSource>(_ events: Events) -> String {
        switch events.kind {
        case .mappingStart, .sequenceStart, .alias:
            "\(events.kind) at \(events.line):\(events.column)\(events.isPlain ? "" : " with anchor or tag")"
        case .scalar:
            "scalar at \(events.line):\(events.column)\(events.isPlain ? "" : " with anchor or tag"), "
                + "\(events.style), bytes \(events.withScalarBytes { Array($0) })"
        default: "\(events.kind)"
        }
    }
}
