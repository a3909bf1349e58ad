import CYaml

/// libyaml's parser over a UTF-8 buffer, one event at a time, for `ManifestEventReader`.
///
/// The buffer must outlive the stream. Only the current event is kept; `next()` frees it before
/// parsing the one after. A parse error simply ends the stream (`next()` returns false): the
/// reader that uses this hands such files to the general reader, which reports the error.
final class YAMLEventStream {
    private var parser = yaml_parser_t()
    private var event = yaml_event_t()
    private var hasEvent = false

    /// A stream over `bytes`, or nil when libyaml cannot start.
    init?(_ bytes: UnsafeBufferPointer<UInt8>) {
        guard yaml_parser_initialize(&parser) == 1 else { return nil }
        yaml_parser_set_encoding(&parser, YAML_UTF8_ENCODING)
        yaml_parser_set_input_string(&parser, bytes.baseAddress, bytes.count)
    }

    deinit {
        if hasEvent { yaml_event_delete(&event) }
        yaml_parser_delete(&parser)
    }

    /// Parses the next event; false at a syntax error or after the stream's end.
    func next() -> Bool {
        if hasEvent {
            yaml_event_delete(&event)
            hasEvent = false
        }
        guard parser.stream_end_produced == 0, yaml_parser_parse(&parser, &event) == 1 else { return false }
        hasEvent = true
        return true
    }

    /// The current event's type.
    var type: yaml_event_type_t { event.type }

    /// 1-based line and column (in characters) where the current event starts, as Yams marks it.
    var line: Int { Int(event.start_mark.line) + 1 }
    var column: Int { Int(event.start_mark.column) + 1 }

    /// True unless the current node has an anchor or an explicit tag, or is an alias: the
    /// shortcut leaves those to Yams.
    var isPlain: Bool {
        switch event.type {
        case YAML_SCALAR_EVENT: event.data.scalar.anchor == nil && event.data.scalar.tag == nil
        case YAML_MAPPING_START_EVENT:
            event.data.mapping_start.anchor == nil && event.data.mapping_start.tag == nil
        case YAML_SEQUENCE_START_EVENT:
            event.data.sequence_start.anchor == nil && event.data.sequence_start.tag == nil
        case YAML_ALIAS_EVENT: false
        default: true
        }
    }

    /// The current scalar's text.
    var scalarText: String {
        let scalar = event.data.scalar
        return String(decoding: UnsafeBufferPointer(start: scalar.value, count: scalar.length),
                      as: UTF8.self)
    }

    /// True for a `'single'` or `"double"` quoted scalar.
    var isQuoted: Bool {
        event.data.scalar.style == YAML_SINGLE_QUOTED_SCALAR_STYLE
            || event.data.scalar.style == YAML_DOUBLE_QUOTED_SCALAR_STYLE
    }

    /// True for a plain (unquoted, not block) scalar.
    var isPlainStyle: Bool { event.data.scalar.style == YAML_PLAIN_SCALAR_STYLE }
}
