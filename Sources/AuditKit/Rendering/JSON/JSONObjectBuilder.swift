/// The members of an object while a keyed container writes them.
///
/// Members are kept in writing order and sorted once, when the object is built. A key written
/// twice keeps its last value, as in Foundation's `JSONEncoder`, which collects members in a
/// dictionary.
final class JSONObjectBuilder {
    private var members: [JSONMember] = []
    private var pending: [(index: Int, value: JSONPending)] = []

    /// Creates an empty object, with room for a typical struct's members.
    init() { members.reserveCapacity(8) }

    /// Creates an object that continues `members` (a container asked for twice).
    init(members: [JSONMember]) { self.members = members }

    /// Sets a finished value.
    func set(_ value: JSONValue, for key: String) {
        members.append(JSONMember(key: key, value: value))
    }

    /// Sets a value that is filled in when the object is built.
    func set(pending value: JSONPending, for key: String) {
        pending.append((members.count, value))
        members.append(JSONMember(key: key, value: .null))
    }

    /// The object nested at `key`: the one already there, as Foundation reuses it, else a new one.
    func nestedObject(for key: String) -> JSONObjectBuilder {
        let current = currentValue(for: key)
        if case .pending(.object(let builder)) = current { return builder }
        let builder: JSONObjectBuilder
        if case .finished(.object(let members)) = current {
            builder = JSONObjectBuilder(members: members)
        } else {
            builder = JSONObjectBuilder()
        }
        set(pending: .object(builder), for: key)
        return builder
    }

    /// The array nested at `key`: the one already there, as Foundation reuses it, else a new one.
    func nestedArray(for key: String) -> JSONArrayBuilder {
        let current = currentValue(for: key)
        if case .pending(.array(let builder)) = current { return builder }
        let builder: JSONArrayBuilder
        if case .finished(.array(let elements)) = current {
            builder = JSONArrayBuilder(elements: elements)
        } else {
            builder = JSONArrayBuilder()
        }
        set(pending: .array(builder), for: key)
        return builder
    }

    /// The finished members, sorted by key with each key once; the builder is empty afterwards.
    func build() -> [JSONMember] {
        for (index, value) in pending { members[index].value = value.resolved() }
        pending = []
        var result = members
        members = []
        JSONKeyOrder.sortAndDeduplicate(&result)
        return result
    }

    /// What `key` holds now, if anything: the last value written for it.
    private func currentValue(for key: String) -> Slot? {
        guard let index = members.lastIndex(where: { $0.key == key }) else { return nil }
        if let waiting = pending.last(where: { $0.index == index }) {
            return .pending(waiting.value)
        }
        return .finished(members[index].value)
    }

    /// A member's value, finished or still being written.
    private enum Slot {
        case finished(JSONValue)
        case pending(JSONPending)
    }
}
