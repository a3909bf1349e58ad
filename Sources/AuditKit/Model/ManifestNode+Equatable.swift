extension ManifestNode: Equatable {
    /// Equal when the values, their keys in order and every location are.
    public static func == (lhs: ManifestNode, rhs: ManifestNode) -> Bool {
        lhs.location == rhs.location && lhs.value == rhs.value
    }
}

extension ManifestNode.Value: Equatable {
    /// Equal when the values, their keys in order and the locations of every node in them are.
    public static func == (lhs: ManifestNode.Value, rhs: ManifestNode.Value) -> Bool {
        switch (lhs, rhs) {
        case let (.text(a), .text(b)): a == b
        case let (.integer(a), .integer(b)): a == b
        case let (.number(a), .number(b)): a.bitPattern == b.bitPattern
        case let (.boolean(a), .boolean(b)): a == b
        case let (.date(a), .date(b)): a == b
        case let (.list(a), .list(b)): a == b
        case let (.object(a), .object(b)):
            a.count == b.count && zip(a, b).allSatisfy { $0.key == $1.key && $0.node == $1.node }
        default: false
        }
    }
}
