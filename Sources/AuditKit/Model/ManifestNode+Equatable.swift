extension ManifestNode: Equatable {
    /// Equal when the values, their keys in order and every location are.
    public static func == (lhs: ManifestNode, rhs: ManifestNode) -> Bool {
        guard lhs.location == rhs.location else { return false }
        switch (lhs.value, rhs.value) {
        case let (.text(a), .text(b)): return a == b
        case let (.integer(a), .integer(b)): return a == b
        case let (.number(a), .number(b)): return a.bitPattern == b.bitPattern
        case let (.boolean(a), .boolean(b)): return a == b
        case let (.date(a), .date(b)): return a == b
        case let (.list(a), .list(b)): return a == b
        case let (.object(a), .object(b)):
            return a.count == b.count && zip(a, b).allSatisfy { $0.key == $1.key && $0.node == $1.node }
        default: return false
        }
    }
}
