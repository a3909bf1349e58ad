/// The members a control result is written with, in writing order (sorted by name as written,
/// as `JSONKeyOrder` sorts), computed once per process for the snake_case names results use.
enum ControlMemberOrder {
    typealias Key = ControlResult.CodingKeys

    /// What `ControlResult.encode(to:)` leaves out of a compact control.
    static let checklistKeys: Set<Key> = [.title, .checklistLocation, .rationale, .remediation,
                                          .refs, .confidence]

    /// The compact snake_case order, which every encoding with those settings shares.
    static let snakeCaseCompact = order(compact: true, name: snakeCase)
    private static let snakeCaseFull = order(compact: false, name: snakeCase)

    private static func snakeCase(_ key: Key) -> String { SnakeCaseKeyCache.shared.name(for: key.stringValue) }

    /// The members for an encoding with `context`'s key names and compact-controls setting.
    static func members(for context: JSONEncodingContext) -> [(key: Key, name: JSONKeyText)] {
        if context.snakeCase === SnakeCaseKeyCache.shared {
            return context.compactControls ? snakeCaseCompact : snakeCaseFull
        }
        return order(compact: context.compactControls) { context.name(for: $0) }
    }

    /// Whether `members(for: context)` is the compact snake_case order every such encoding
    /// shares (`ControlFragments` are kept for that order only).
    static func isSharedCompactOrder(for context: JSONEncodingContext) -> Bool {
        context.snakeCase === SnakeCaseKeyCache.shared && context.compactControls
    }

    /// Every key the control writes (optional ones are skipped when absent), sorted by `name`.
    static func order(compact: Bool, name: (Key) -> String) -> [(key: Key, name: JSONKeyText)] {
        let keys = Key.allCases.filter { !compact || !checklistKeys.contains($0) }
        var named = keys.map { (key: $0, name: JSONKeyText(name($0))) }
        named.sort { JSONKeyOrder.compare($0.name.name, $1.name.name) < 0 }
        return named
    }
}
