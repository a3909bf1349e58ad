import Foundation

/// Builds the validated `ManifestNode` tree of a deployment manifest from its YAML events, for
/// `ManifestEventReader`.
///
/// It returns nil at the first thing it does not handle or that would be an error — an
/// anchor, alias or explicit tag, a duplicate key, a second document, more nodes than the
/// budget, anything the schema or the format key refuses, or the end of the events before
/// the stream's end (libyaml's syntax error) — and the general reader then decides.
struct ManifestEventParser<Events: YAMLEventSource> {
    private var events: Events
    private let file: FileName
    private var budget: Int

    init(events: Events, file: FileName, budget: Int) {
        (self.events, self.file, self.budget) = (events, file, budget)
    }

    /// Stream start, one document holding a deployment mapping, stream end.
    mutating func document() -> ManifestNode? {
        guard events.next(), events.kind == .streamStart,
              events.next(), events.kind == .documentStart,
              events.next(), let root = node(as: DeploymentSchema.root),
              case .text(FormatKind.deployment.rawValue)? = root["safeguard"]?.value,
              events.next(), events.kind == .documentEnd,
              events.next(), events.kind == .streamEnd else { return nil }
        return root
    }

    /// The node that starts with the current event, validated as `type`.
    private mutating func node(as type: FieldType) -> ManifestNode? {
        budget -= 1
        guard budget >= 0, events.isPlain else { return nil }
        let location = SourceLocation(file, line: events.line, column: events.column)
        switch type {
        case .object(let fields):
            guard events.kind == .mappingStart, let pairs = members(fields) else { return nil }
            return ManifestNode(.object(pairs), at: location)
        case .list(let element):
            guard events.kind == .sequenceStart else { return nil }
            var items: [ManifestNode] = []
            while events.next(), events.kind != .sequenceEnd {
                guard let item = node(as: element) else { return nil }
                items.append(item)
            }
            return events.kind == .sequenceEnd ? ManifestNode(.list(items), at: location) : nil
        default:
            guard events.kind == .scalar, let value = scalar(as: type) else { return nil }
            return ManifestNode(value, at: location)
        }
    }

    /// A mapping's members, each key once and known to `fields`, every required key present.
    /// Each key is kept as the schema spells it (the same string as `fields` holds, so later
    /// lookups compare equal strings at once), and the keys seen so far are bits of a mask by
    /// their index in `fields`: no key is compared with the keys before it.
    private mutating func members(_ fields: [FieldSpec]) -> [(key: String, node: ManifestNode)]? {
        guard fields.count <= UInt64.bitWidth else { return nil }
        var pairs: [(key: String, node: ManifestNode)] = []
        // Room for every field at once: growing by doubling cost ≈ 1.4 % of a manifest's
        // instructions, in ≈ 125 reallocations.
        pairs.reserveCapacity(fields.count)
        var seen: UInt64 = 0
        while events.next(), events.kind != .mappingEnd {
            budget -= 1
            guard budget >= 0, events.kind == .scalar, events.isPlain,
                  let index = events.withScalarBytes({ bytes in
                      fields.firstIndex { Self.spells($0.name, bytes) }
                  }),
                  seen & (1 << index) == 0,
                  events.next(), let value = node(as: fields[index].type) else { return nil }
            seen |= 1 << index
            pairs.append((fields[index].name, value))
        }
        guard events.kind == .mappingEnd,
              !fields.indices.contains(where: { fields[$0].required && seen & (1 << $0) == 0 })
        else { return nil }
        return pairs
    }

    /// Whether `bytes` are `name`'s UTF-8: lengths first, then one `memcmp` (comparing the
    /// views byte by byte cost more than the rest of the lookup).
    private static func spells(_ name: String, _ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard name.utf8.count == bytes.count else { return false }
        guard let start = bytes.baseAddress, !bytes.isEmpty else { return true }
        return name.utf8.withContiguousStorageIfAvailable { own in
            own.baseAddress.map { memcmp($0, start, bytes.count) == 0 } ?? false
        } ?? name.utf8.elementsEqual(bytes)
    }

    /// A scalar's value as `SchemaValidator` reads it: by its text and style alone.
    private func scalar(as type: FieldType) -> ManifestNode.Value? {
        if case .choice(let values) = type {
            // A word of a closed vocabulary is kept as the schema spells it: no string is made,
            // and the literal is never reference-counted. Anything but an exact match (a word
            // equal only by Unicode equivalence, say) is left to the general reader.
            let known = events.withScalarBytes { bytes in values.first { Self.spells($0, bytes) } }
            guard let known, !(events.isPlainStyle && ScalarSyntax.isNull(known)) else { return nil }
            return .text(known)
        }
        let text = events.scalarText
        let quoted = events.isQuoted
        if events.isPlainStyle, ScalarSyntax.isNull(text) { return nil }
        switch type {
        case .integer(let range):
            guard !quoted, let value = ScalarSyntax.integer(text), range.contains(value) else { return nil }
            return .integer(value)
        case .number(let range):
            guard !quoted, let value = ScalarSyntax.number(text), range.contains(value) else { return nil }
            return .number(value)
        case .boolean: return quoted ? nil : ScalarSyntax.boolean(text).map { .boolean($0) }
        case .date: return Day(iso: text).map { .date($0) }
        case .market: return MarketCode.problem(text) == nil ? .text(text) : nil
        // Blank text, or text with a control character, is left to the general reader, which
        // says where.
        default: return UnsafeCharacters.first(in: text) == nil && !ScalarSyntax.isBlank(text) ? .text(text) : nil
        }
    }
}
