extension ManifestNode {
    /// The text at `key`, when present.
    func text(_ key: String) -> String? {
        guard case .text(let value)? = self[key]?.value else { return nil }
        return value
    }

    /// The date at `key`, when present.
    func day(_ key: String) -> Day? {
        guard case .date(let value)? = self[key]?.value else { return nil }
        return value
    }

    /// The whole number at `key`, when present.
    func integer(_ key: String) -> Int? {
        guard case .integer(let value)? = self[key]?.value else { return nil }
        return value
    }

    /// The list at `key`; empty when absent.
    func list(_ key: String) -> [ManifestNode] {
        guard case .list(let items)? = self[key]?.value else { return [] }
        return items
    }
}
