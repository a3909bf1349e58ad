/// The coding keys the encoder makes itself: array positions, dictionary keys and `super`.
enum JSONCodingKey: CodingKey {
    /// A named member, such as a `[String: Value]` key.
    case name(String)
    /// A position in an array.
    case index(Int)

    /// The key `superEncoder()` writes under, as Foundation names it.
    static let superKey = JSONCodingKey.name("super")

    /// `Index 3` for positions, as Foundation describes them in coding paths.
    var stringValue: String {
        switch self {
        case .name(let name): name
        case .index(let index): "Index \(index)"
        }
    }

    /// The position, for array keys.
    var intValue: Int? {
        if case .index(let index) = self { index } else { nil }
    }

    /// A named key.
    init(stringValue: String) { self = .name(stringValue) }

    /// A position key.
    init(intValue: Int) { self = .index(intValue) }
}
