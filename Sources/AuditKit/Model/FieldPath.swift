/// A dotted path into the deployment manifest, e.g. `safeguards.minor_likeness.refuse_sexualisation`.
public struct FieldPath: Hashable, Sendable, CustomStringConvertible, Codable {
    /// The path's keys, outermost first.
    public let components: [String]
    /// Where the path is written, when it came from a file (ignored by `==`).
    public private(set) var location: SourceLocation?
    /// The dotted form, made once: every reason an evaluation gives names its path.
    public let description: String
    /// The dotted form kept once per process, for a cached list element's path
    /// (`ElementPathCache`): the reasons under the element name it without reference counting.
    private(set) var internedDescription: FileName?

    /// Splits a dotted path; empty components are kept so validation can reject them.
    public init(_ dotted: String) {
        self.init(components: dotted.split(separator: ".", omittingEmptySubsequences: false).map(String.init))
    }

    /// A path made of `components`.
    public init(components: [String]) {
        self.init(components: components, description: components.reduce(into: "") { text, part in
            text = Self.joined(text, part)
        })
    }

    /// A path from its components, its dotted form and where it was written: for checklists
    /// compiled into Swift, which give the dotted form as a literal. A literal string is never
    /// reference counted, so the reasons that quote the path (every field test makes one) copy
    /// and drop it without an atomic operation; a joined one was counted each time.
    package init(components: [String], dotted: String, location: SourceLocation?) {
        self.init(components: components, description: dotted)
        self.location = location
    }

    private init(components: [String], description: String) {
        (self.components, self.description) = (components, description)
    }

    /// The dotted form of `self.appending(other)`, without building that path.
    public func dotted(appending other: FieldPath) -> String {
        let (head, tail) = dottedParts(appending: other)
        return head.isEmpty ? tail : Self.joined(head, tail)
    }

    /// The dotted form of `self.appending(other)` as a head and a tail that join as `joined`
    /// (and `ReasonText`) join them — a dot between, unless the tail is a list index — without
    /// joining them here.
    func dottedParts(appending other: FieldPath) -> (head: String, tail: String) {
        if components.isEmpty { return ("", other.description) }
        guard joinsByDescription(other) else {
            return ("", FieldPath(components: components + other.components).description)
        }
        return (description, other.description)
    }

    /// Whether `dottedParts(appending: other)` is our dotted form and `other`'s (when we have
    /// components): `other`'s dotted form starts with its first component, and when that and
    /// ours are not empty, joining the two forms gives what joining every component would.
    func joinsByDescription(_ other: FieldPath) -> Bool {
        guard let first = other.components.first else { return false }
        return !first.isEmpty && !description.isEmpty
    }

    /// `head` followed by `tail`: a list index (`[0]`) attaches without a dot.
    private static func joined(_ head: String, _ tail: String) -> String {
        let dot = !head.isEmpty && !tail.hasPrefix("[")
        var text = ""
        text.reserveCapacity(head.utf8.count + (dot ? 1 : 0) + tail.utf8.count)
        text += head
        if dot { text += "." }
        text += tail
        return text
    }

    /// This path with its dotted form interned, when it has one.
    func interningDescription() -> FieldPath {
        var path = self
        if !description.isEmpty { path.internedDescription = FileName.interned(description) }
        return path
    }

    /// The empty path, made once: the manifest root's prefix (each control's conditions are
    /// evaluated under it).
    static let root = FieldPath(components: [])

    /// `[index]`, the path of a list element; made once for the first few indexes.
    public static func element(_ index: Int) -> FieldPath {
        index < elements.count ? elements[index] : FieldPath(components: ["[\(index)]"])
    }

    private static let elements = (0..<64).map { FieldPath(components: ["[\($0)]"]) }

    /// `self` followed by `other`'s components (for `where` clauses inside lists).
    public func appending(_ other: FieldPath) -> FieldPath {
        if components.isEmpty { return other }
        var joined = FieldPath(components: components + other.components, description: dotted(appending: other))
        joined.location = other.location
        return joined
    }

    public init(from decoder: any Decoder) throws {
        self.init(try decoder.singleValueContainer().decode(String.self))
        location = decoder.sourceLocation
    }

    public static func == (lhs: FieldPath, rhs: FieldPath) -> Bool {
        lhs.components == rhs.components
    }

    public func hash(into hasher: inout Hasher) { hasher.combine(components) }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(description)
    }
}
