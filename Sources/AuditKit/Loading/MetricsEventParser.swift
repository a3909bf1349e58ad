/// Builds a metrics file from its YAML events, for `MetricsEventReader`, as `MetricsFile`'s
/// `Decodable` form reads it from Yams' tree.
///
/// It returns nil at the first thing it does not handle or that would be an error, and the
/// general reader then decides: an anchor, alias or explicit tag; a key unknown or written
/// twice, or the merge key `<<`; a missing `n` or `passes`; a null, or a value of another kind
/// than the key takes; a number not in plain decimal digits (`NodeDecoder.plainNumber`, which
/// the general reader uses too; anything else is Yams' to read); a date that `Day(iso:)` does
/// not take; a format key other than `metrics/v1`; a second document; more nodes than the
/// budget; the end of the events before the stream's end (libyaml's syntax error).
struct MetricsEventParser<Events: YAMLEventSource> {
    private var events: Events
    private let path: String
    private var budget: Int

    init(events: Events, path: String, budget: Int) {
        (self.events, self.path, self.budget) = (events, path, budget)
    }

    private static var rootKeys: [StaticString] { ["safeguard", "source", "collected", "metrics"] }
    private static var sourceKeys: [StaticString] { ["tool", "version", "run_id", "timestamp"] }
    private static var entryKeys: [StaticString] { ["n", "passes", "rate", "lower_bound", "errors", "collected"] }

    /// Stream start, one document holding a metrics mapping, stream end.
    mutating func document() -> LoadedMetrics? {
        guard events.next(), events.kind == .streamStart,
              events.next(), events.kind == .documentStart,
              events.next(), let loaded = root(),
              events.next(), events.kind == .documentEnd,
              events.next(), events.kind == .streamEnd else { return nil }
        return loaded
    }

    /// The top mapping: the format key and `metrics`, and `source` and `collected` if given.
    private mutating func root() -> LoadedMetrics? {
        var (isMetrics, source, collected) = (false, MetricsFile.Source?.none, Day?.none)
        var metrics: (entries: [String: MetricsFile.Entry], keys: [String: SourceLocation])?
        let complete = mapping(Self.rootKeys) { parser, index in
            switch index {
            case 0: isMetrics = parser.text() == FormatKind.metrics.rawValue; return isMetrics
            case 1: source = parser.source(); return source != nil
            case 2: collected = parser.day(); return collected != nil
            default: metrics = parser.metrics(); return metrics != nil
            }
        }
        guard complete, isMetrics, let metrics else { return nil }
        return LoadedMetrics(file: MetricsFile(source: source, collected: collected, metrics: metrics.entries),
                             keyLocations: metrics.keys)
    }

    private mutating func source() -> MetricsFile.Source? {
        var (tool, version, runID, timestamp) = (String?.none, String?.none, String?.none, String?.none)
        let complete = mapping(Self.sourceKeys) { parser, index in
            let text = parser.text()
            switch index {
            case 0: tool = text
            case 1: version = text
            case 2: runID = text
            default: timestamp = text
            }
            return text != nil
        }
        guard complete, let tool else { return nil }
        return MetricsFile.Source(tool: tool, version: version, runID: runID, timestamp: timestamp)
    }

    /// The counts by category, and where each category's key is written.
    private mutating func metrics() -> (entries: [String: MetricsFile.Entry], keys: [String: SourceLocation])? {
        budget -= 1
        guard budget >= 0, events.kind == .mappingStart, events.isPlain else { return nil }
        var (entries, keys) = ([String: MetricsFile.Entry](), [String: SourceLocation]())
        while events.next(), events.kind != .mappingEnd {
            budget -= 1
            let location = here
            guard budget >= 0, let key = text(), key != "<<", keys[key] == nil,
                  events.next(), let entry = entry() else { return nil }
            (entries[key], keys[key]) = (entry, location)
        }
        return events.kind == .mappingEnd ? (entries, keys) : nil
    }

    private mutating func entry() -> MetricsFile.Entry? {
        let location = here
        var (n, passes, errors) = (Int?.none, Int?.none, Int?.none)
        var (rate, lowerBound, collected) = (Double?.none, Double?.none, Day?.none)
        let complete = mapping(Self.entryKeys) { parser, index in
            switch index {
            case 0: n = parser.number(); return n != nil
            case 1: passes = parser.number(); return passes != nil
            case 2: rate = parser.number(); return rate != nil
            case 3: lowerBound = parser.number(); return lowerBound != nil
            case 4: errors = parser.number(); return errors != nil
            default: collected = parser.day(); return collected != nil
            }
        }
        guard complete, let n, let passes else { return nil }
        return MetricsFile.Entry(n: n, passes: passes, rate: rate, lowerBound: lowerBound, errors: errors,
                                 collected: collected, location: location)
    }

    /// A mapping whose keys are among `keys`, each once, each value read by `value` (given the
    /// key's index), which says whether it could.
    private mutating func mapping(_ keys: [StaticString], value: (inout Self, Int) -> Bool) -> Bool {
        budget -= 1
        guard budget >= 0, events.kind == .mappingStart, events.isPlain, keys.count <= UInt64.bitWidth
        else { return false }
        var seen: UInt64 = 0
        while events.next(), events.kind != .mappingEnd {
            budget -= 1
            guard budget >= 0, events.kind == .scalar, events.isPlain,
                  let index = events.withScalarBytes({ bytes in keys.firstIndex { Self.spells($0, bytes) } }),
                  seen & (1 << index) == 0, events.next() else { return false }
            seen |= 1 << index
            budget -= 1
            guard budget >= 0, value(&self, index) else { return false }
        }
        return events.kind == .mappingEnd
    }

    /// The current scalar's text: any scalar but a null, with no anchor or tag. Blank text, or
    /// text with a control character, is left to the general reader, which says where.
    private func text() -> String? {
        guard events.kind == .scalar, events.isPlain else { return nil }
        let text = events.scalarText
        guard UnsafeCharacters.first(in: text) == nil, !ScalarSyntax.isBlank(text) else { return nil }
        return events.isPlainStyle && ScalarSyntax.isNull(text) ? nil : text
    }

    /// The current scalar as `NodeDecoder` reads a plain number of decimal digits.
    private func number<Number>() -> Number? {
        guard events.kind == .scalar, events.isPlain, events.isPlainStyle else { return nil }
        return NodeDecoder.plainNumber(events.scalarText, as: Number.self)
    }

    private func day() -> Day? { text().flatMap(Day.init(iso:)) }

    /// Where the current node starts.
    private var here: SourceLocation { SourceLocation(file: path, line: events.line, column: events.column) }

    /// Whether `bytes` are exactly `name`'s.
    private static func spells(_ name: StaticString, _ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        name.utf8CodeUnitCount == bytes.count
            && name.withUTF8Buffer { own in own.elementsEqual(bytes) }
    }
}
