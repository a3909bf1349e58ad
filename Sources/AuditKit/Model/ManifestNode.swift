/// A validated value from a deployment manifest, with the location it was written at.
///
/// Conditions read claims through this tree, so every reason can point at the manifest line
/// that decided it.
public struct ManifestNode: Sendable {
    /// A typed manifest value.
    public enum Value: Sendable {
        /// Text or a word from a closed vocabulary.
        case text(String)
        /// A whole number.
        case integer(Int)
        /// A number.
        case number(Double)
        /// true or false.
        case boolean(Bool)
        /// A date.
        case date(Day)
        /// A list.
        case list([ManifestNode])
        /// A mapping, with its keys in document order.
        case object([(key: String, node: ManifestNode)])
    }

    /// The value and location, behind one reference: conditions copy nodes as they look fields
    /// up, and a copy is then one retain, not one for the value and one for the file's name.
    private final class Storage: Sendable {
        let value: Value
        let location: SourceLocation

        init(_ value: Value, _ location: SourceLocation) { (self.value, self.location) = (value, location) }

        /// The storage of the child named `key`, unretained: it lives as long as this one.
        /// Keys of unequal length (most of the keys passed over) are told apart by their counts.
        func child(named key: String) -> Unmanaged<Storage>? {
            guard case .object(let pairs) = value else { return nil }
            let count = key.utf8.count
            for index in pairs.indices where pairs[index].key.utf8.count == count && pairs[index].key == key {
                return Unmanaged.passUnretained(pairs[index].node.storage)
            }
            return nil
        }
    }

    private let storage: Storage

    /// The value.
    public var value: Value { storage.value }
    /// Where the value is written.
    public var location: SourceLocation { storage.location }

    /// Creates a node.
    public init(_ value: Value, at location: SourceLocation) {
        storage = Storage(value, location)
    }

    private init(storage: Storage) { self.storage = storage }

    /// The child named `key`, when this is a mapping that has it.
    public subscript(key: String) -> ManifestNode? {
        storage.child(named: key).map { ManifestNode(storage: $0.takeUnretainedValue()) }
    }

    /// The numeric value, when this is a number.
    public var numeric: Double? {
        switch value {
        case .integer(let int): Double(int)
        case .number(let double): double
        default: nil
        }
    }

    /// The value as it would be written in YAML, for comparisons and messages.
    public var literal: String { value.literal }

    /// The deepest node along `path`, and how many components it matched. The walk holds no
    /// reference to the nodes it passes (each is kept alive by `self`, whose tree never
    /// changes), so only the node it ends at is retained.
    public func deepest(along path: FieldPath) -> (node: ManifestNode, matched: Int) {
        let (node, matched) = deepestStorage(along: path)
        return (ManifestNode(storage: node.takeUnretainedValue()), matched)
    }

    /// `body` applied to what `deepest(along:)` gives, with the node borrowed in place instead
    /// of retained (`self` keeps it alive): a field test looks up its node this way, ≈ 440
    /// retains and releases fewer a portfolio manifest.
    func withDeepest<Result>(along path: FieldPath, _ body: (ManifestNode, Int) -> Result) -> Result {
        let (node, matched) = deepestStorage(along: path)
        return node._withUnsafeGuaranteedRef { body(ManifestNode(storage: $0), matched) }
    }

    /// The storage of the deepest node along `path`, unretained, and the components matched.
    private func deepestStorage(along path: FieldPath) -> (Unmanaged<Storage>, Int) {
        var current = Unmanaged.passUnretained(storage)
        var matched = 0
        for component in path.components {
            guard let next = current._withUnsafeGuaranteedRef({ $0.child(named: component) }) else { break }
            current = next
            matched += 1
        }
        return (current, matched)
    }
}

extension ManifestNode.Value {
    /// The value as it would be written in YAML, for comparisons and messages.
    public var literal: String {
        switch self {
        case .text(let text): text
        case .integer(let int): String(int)
        case .number(let double): double.formatted(maxFractionDigits: 6)
        case .boolean(let bool): bool ? "true" : "false"
        case .date(let day): day.description
        case .list: joinedLiteralParts
        case .object(let pairs): pairs.isEmpty ? "{}" : "{…}"
        }
    }

    /// A list's literal: its pieces, joined.
    private var joinedLiteralParts: String {
        var text = ""
        forEachLiteralPart { text += $0.string }
        return text
    }

    /// Whether this is a list with no items or a mapping with no keys.
    var isEmptyCollection: Bool {
        switch self {
        case .list(let items): items.isEmpty
        case .object(let pairs): pairs.isEmpty
        default: false
        }
    }

    /// Hands `literal`'s pieces to `body` in order, a list's brackets, items and separators
    /// one by one, for writers that write them without joining them first (and for `literal`
    /// itself, which joins them).
    func forEachLiteralPart(_ body: (TextPiece) -> Void) {
        switch self {
        case .integer(let integer): body(.integer(integer))
        case .boolean(let boolean): body(.literal(boolean ? "true" : "false"))
        case .list(let items):
            body(.literal("["))
            for (index, item) in items.enumerated() {
                if index > 0 { body(.literal(", ")) }
                item.value.forEachLiteralPart(body)
            }
            body(.literal("]"))
        case .text, .number, .date, .object: body(.text(literal))
        }
    }
}
