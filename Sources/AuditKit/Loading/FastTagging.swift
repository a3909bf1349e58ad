import Yams

/// Gives every node of a composed document its resolved tag up front, so decoding never runs
/// Yams' regular-expression tag resolution again, and never changes the tree while reading it.
///
/// Yams resolves an untagged plain scalar by matching it against the YAML 1.1 rules (bool, int,
/// float, null, timestamp, merge, value) with ICU regular expressions — the largest single cost
/// of loading a checklist. Every rule except bool and null needs a digit, sign, dot, `<` or `=`
/// first; so a scalar that starts with a letter, is not one of the bool or null words and does
/// not end in a line break is a string, decided without a regex. Everything else still goes
/// through Yams' own default resolver, so the result is the same tag Yams would give.
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
            return .scalar(.init(scalar.string, Tag(name(of: scalar.string), .default, constructor), scalar.style, scalar.mark, scalar.anchor))
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
    /// resolved tree safe to read from several threads (see `decodeElementsInParallel`).
    private static func explicit(_ tag: Tag, _ kind: Tag.Name) -> Tag {
        tag.description == Tag.Name.implicit.rawValue ? Tag(kind, .default, constructor) : tag
    }

    /// The tag the default resolver gives `string`.
    static func name(of string: String) -> Tag.Name {
        if let first = string.unicodeScalars.first, ("a"..."z").contains(first) || ("A"..."Z").contains(first),
           let last = string.unicodeScalars.last, last != "\n", last != "\r", !reservedWords.contains(string) {
            return .str
        }
        return Resolver.default.resolveTag(of: Node.scalar(.init(string)))
    }
}
