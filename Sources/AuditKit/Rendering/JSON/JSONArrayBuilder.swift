/// The elements of an array while an unkeyed container writes them.
final class JSONArrayBuilder {
    private var elements: [JSONValue] = []
    private var pending: [(index: Int, value: JSONPending)] = []

    /// Creates an empty array.
    init() {}

    /// Creates an array that continues `elements` (a container asked for twice).
    init(elements: [JSONValue]) { self.elements = elements }

    /// How many elements were written so far, placeholders included.
    var count: Int { elements.count }

    /// Appends a finished element.
    func append(_ value: JSONValue) { elements.append(value) }

    /// Appends an element that is filled in when the array is built.
    func append(pending value: JSONPending) {
        pending.append((elements.count, value))
        elements.append(.null)
    }

    /// The finished elements; the builder is empty afterwards.
    func build() -> [JSONValue] {
        for (index, value) in pending { elements[index] = value.resolved() }
        pending = []
        defer { elements = [] }
        return elements
    }
}
