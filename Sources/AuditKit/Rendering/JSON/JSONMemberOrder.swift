/// The writing order of a record's members, worked out once per process: a record's property
/// names in declaration order, and the order their written names sort in (as `JSONKeyOrder`
/// sorts them) for the snake_case names results use, so the dozens of records a result holds
/// are not each renamed and sorted again.
struct JSONMemberOrder: Sendable {
    /// The property names, in the order values are given.
    let names: [String]
    /// For snake_case names: each value's index, with its written name, in writing order.
    private let snakeCase: [(index: Int, name: JSONKeyText)]

    /// An order for a record whose properties are `names` (each once).
    init(_ names: [String]) {
        self.names = names
        snakeCase = Self.order(names) { SnakeCaseKeyCache.shared.name(for: $0) }
    }

    /// The members with a value, in writing order, named as `context` names keys; `values` are
    /// in the order of `names`.
    func members(_ values: [JSONValue?], in context: JSONEncodingContext) -> [JSONMember] {
        let order = order(in: context)
        var members: [JSONMember] = []
        members.reserveCapacity(values.count)
        for (index, name) in order {
            if let value = values[index] { members.append(JSONMember(key: name.name, value: value)) }
        }
        return members
    }

    /// Each value's index, with its written name, in writing order, named as `context` names keys.
    func order(in context: JSONEncodingContext) -> [(index: Int, name: JSONKeyText)] {
        context.snakeCase === SnakeCaseKeyCache.shared ? snakeCase
            : Self.order(names) { context.snakeCase?.name(for: $0) ?? $0 }
    }

    private static func order(_ names: [String], name: (String) -> String) -> [(index: Int, name: JSONKeyText)] {
        names.indices.map { (index: $0, name: JSONKeyText(name(names[$0]))) }
            .sorted { JSONKeyOrder.compare($0.name.name, $1.name.name) < 0 }
    }
}
