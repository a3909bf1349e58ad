import CYaml

/// libyaml's parser over a UTF-8 buffer, one event at a time, for `ManifestEventParser`.
///
/// The buffer must outlive the stream. Only the current event is kept; `next()` frees it before
/// parsing the one after. A parse error simply ends the stream (`next()` returns false): the
/// reader that uses this hands such files to the general reader, which reports the error.
///
/// The parser and event live in memory of their own, not in stored properties: passing a
/// class's `var` to C as `&` checks exclusive access at run time on every event.
final class YAMLEventStream: YAMLEventSource {
    private let parser = UnsafeMutablePointer<yaml_parser_t>.allocate(capacity: 1)
    private let event = UnsafeMutablePointer<yaml_event_t>.allocate(capacity: 1)
    private var hasEvent = false
    private var hasParser = false

    /// A stream over `bytes`, or nil when libyaml cannot start (`deinit` still runs then).
    init?(_ bytes: UnsafeBufferPointer<UInt8>) {
        parser.initialize(to: yaml_parser_t())
        event.initialize(to: yaml_event_t())
        guard yaml_parser_initialize(parser) == 1 else { return nil }
        hasParser = true
        yaml_parser_set_encoding(parser, YAML_UTF8_ENCODING)
        yaml_parser_set_input_string(parser, bytes.baseAddress, bytes.count)
    }

    deinit {
        if hasEvent { yaml_event_delete(event) }
        if hasParser { yaml_parser_delete(parser) }
        parser.deallocate()
        event.deallocate()
    }

    /// Parses the next event; false at a syntax error or after the stream's end.
    func next() -> Bool {
        if hasEvent {
            yaml_event_delete(event)
            hasEvent = false
        }
        guard parser.pointee.stream_end_produced == 0, yaml_parser_parse(parser, event) == 1 else {
            return false
        }
        hasEvent = true
        return true
    }

    /// The current event's kind.
    var kind: YAMLEventKind {
        switch event.pointee.type {
        case YAML_STREAM_START_EVENT: .streamStart
        case YAML_DOCUMENT_START_EVENT: .documentStart
        case YAML_DOCUMENT_END_EVENT: .documentEnd
        case YAML_MAPPING_START_EVENT: .mappingStart
        case YAML_MAPPING_END_EVENT: .mappingEnd
        case YAML_SEQUENCE_START_EVENT: .sequenceStart
        case YAML_SEQUENCE_END_EVENT: .sequenceEnd
        case YAML_SCALAR_EVENT: .scalar
        case YAML_ALIAS_EVENT: .alias
        default: .streamEnd
        }
    }

    /// 1-based line and column (in characters) where the current event starts, as Yams marks it.
    var line: Int { Int(event.pointee.start_mark.line) + 1 }
    var column: Int { Int(event.pointee.start_mark.column) + 1 }

    /// True unless the event node has an anchor or an explicit tag, or is an alias: the
    /// shortcut leaves those to Yams.
    var isPlain: Bool {
        switch event.pointee.type {
        case YAML_SCALAR_EVENT: event.pointee.data.scalar.anchor == nil && event.pointee.data.scalar.tag == nil
        case YAML_MAPPING_START_EVENT:
            event.pointee.data.mapping_start.anchor == nil && event.pointee.data.mapping_start.tag == nil
        case YAML_SEQUENCE_START_EVENT:
            event.pointee.data.sequence_start.anchor == nil && event.pointee.data.sequence_start.tag == nil
        case YAML_ALIAS_EVENT: false
        default: true
        }
    }

    /// The event scalar's style (`.none` for other events).
    var style: YAMLScalarStyle {
        guard event.pointee.type == YAML_SCALAR_EVENT else { return .none }
        switch event.pointee.data.scalar.style {
        case YAML_PLAIN_SCALAR_STYLE: return .plain
        case YAML_SINGLE_QUOTED_SCALAR_STYLE: return .singleQuoted
        case YAML_DOUBLE_QUOTED_SCALAR_STYLE: return .doubleQuoted
        case YAML_LITERAL_SCALAR_STYLE: return .literal
        default: return .folded
        }
    }

    /// Hands the event scalar's bytes to `body`, without making a string of them.
    func withScalarBytes<Result>(_ body: (UnsafeBufferPointer<UInt8>) -> Result) -> Result {
        let scalar = event.pointee.data.scalar
        return body(UnsafeBufferPointer(start: scalar.value, count: scalar.length))
    }
}
