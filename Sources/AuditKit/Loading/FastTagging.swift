import Yams

/// Gives every node of a composed document its resolved tag up front, so decoding never runs
/// Yams' regular-expression tag resolution again, and never changes the tree while reading it.
///
/// Yams resolves an untagged plain scalar by matching it against the YAML 1.1 rules (bool, int,
/// float, null, timestamp, merge, value) with ICU regular expressions — the largest single cost
/// of loading a checklist. Every rule except bool and null needs a digit, sign, dot, `<` or `=`
/// first; so a scalar that starts with a letter, is not one of the bool or null words and does
/// not end in a line break is a string, decided without a regex. So are the other shapes
/// evidence files are made of (`shapeName`). Everything else still goes through Yams' own
/// default resolver, so the result is the same tag Yams would give; a file with none of those
/// never builds that resolver, whose seven regular expressions take ≈ 1 ms to compile.
enum FastTagging {
    /// Words the default bool and null rules match; every other letter-initial scalar is a string.
    static let reservedWords: Set<String> = [
        "yes", "Yes", "YES", "no", "No", "NO", "true", "True", "TRUE", "false", "False", "FALSE",
        "on", "On", "ON", "off", "Off", "OFF", "null", "Null", "NULL",
    ]

    /// One constructor for every tag: `Constructor.default` builds three dictionaries on each
    /// access, which `Tag`'s default argument would do per scalar. Never mutated after creation.
    nonisolated(unsafe) private static let constructor = Constructor.default

    /// `node` with every implicit scalar tag resolved. Call after the node budget check: the walk
    /// copies aliased subtrees.
    static func resolve(_ node: Node) -> Node {
        switch node {
        case .scalar(let scalar):
            guard scalar.tag.description == Tag.Name.implicit.rawValue else { return node }
            return .scalar(.init(scalar.string, Tag(name(of: scalar.string), .basic, constructor), scalar.style, scalar.mark, scalar.anchor))
        case .mapping(let mapping):
            return .mapping(.init(mapping.map { (resolve($0.key), resolve($0.value)) },
                                  explicit(mapping.tag, .map), mapping.style, mapping.mark, mapping.anchor))
        case .sequence(let sequence):
            return .sequence(.init(sequence.map(resolve), explicit(sequence.tag, .seq), sequence.style,
                                   sequence.mark, sequence.anchor))
        case .alias:
            return node
        }
    }

    /// `tag`, or a new `kind` tag when it is implicit. Yams resolves an implicit tag the first
    /// time it is read by changing the shared `Tag` object in place; explicit tags make the
    /// resolved tree safe to read from several threads (see `decodeElementsInParallel`). A tag
    /// with its name given never asks its resolver, so every tag made here gets Yams' empty one.
    private static func explicit(_ tag: Tag, _ kind: Tag.Name) -> Tag {
        tag.description == Tag.Name.implicit.rawValue ? Tag(kind, .basic, constructor) : tag
    }

    /// The tag the default resolver gives `string`.
    static func name(of string: String) -> Tag.Name {
        if let first = string.unicodeScalars.first, ("a"..."z").contains(first) || ("A"..."Z").contains(first),
           let last = string.unicodeScalars.last, last != "\n", last != "\r", !reservedWords.contains(string) {
            return .str
        }
        return shapeName(of: string) ?? Resolver.default.resolveTag(of: Node.scalar(.init(string)))
    }

    /// The default rules' tag for the digit-initial shapes evidence files hold, worked out from
    /// the rules' patterns, or nil for any other string: `0` and digits without a leading zero
    /// are `int` (a leading zero makes octal or float); `YYYY-MM-DD` is `timestamp` (no earlier
    /// rule allows a hyphen inside); digits, a dot and digits are `float`; and digits in three
    /// or more dot-separated groups (`0.13.1`, a version) match no rule, so are `str`.
    static func shapeName(of string: String) -> Tag.Name? {
        let bytes = Array(string.utf8)
        let isDigit = { (byte: UInt8) in (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte) }
        guard let first = bytes.first, isDigit(first) else { return nil }
        if bytes.allSatisfy(isDigit) { return first != UInt8(ascii: "0") || bytes.count == 1 ? .int : nil }
        if bytes.count == 10, bytes[4] == UInt8(ascii: "-"), bytes[7] == UInt8(ascii: "-"),
           bytes.indices.allSatisfy({ $0 == 4 || $0 == 7 || isDigit(bytes[$0]) }) {
            return .timestamp
        }
        let groups = bytes.split(separator: UInt8(ascii: "."), omittingEmptySubsequences: false)
        guard groups.count >= 2, groups.allSatisfy({ !$0.isEmpty && $0.allSatisfy(isDigit) }) else { return nil }
        return groups.count == 2 ? .float : .str
    }
}
