/// One piece of a sentence handed out piece by piece (a reason, a list's literal): text from
/// an input, one of the sentence's own literals (`" is "`, `", "`, `"["`, `"true"`), or a whole
/// number, which a JSON writer appends as they are, with nothing in them to escape.
enum TextPiece {
    case literal(StaticString)
    case text(String)
    /// Text kept once per process (`FileName`): a cached list element's dotted path.
    case interned(FileName)
    /// A whole number, written as its `description`.
    case integer(Int)

    /// The piece as a string.
    var string: String {
        switch self {
        case .literal(let literal): literal.description
        case .text(let text): text
        case .interned(let name): name.text
        case .integer(let integer): integer.description
        }
    }
}
