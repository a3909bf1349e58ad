/// One GitHub Actions workflow command, `::name key=value,…::message`, escaped as the runner
/// expects: in the message `%`, CR and LF are percent-encoded; in property values also `:` and `,`.
struct WorkflowCommand: CustomStringConvertible {
    /// `error`, `warning` or `notice`.
    let name: String
    /// Properties in order; written only when there are any.
    let properties: [(String, String)]
    /// The message.
    let message: String

    var description: String {
        let props = properties.map { "\($0.0)=\(Self.escapeProperty($0.1))" }.joined(separator: ",")
        return "::\(name)\(props.isEmpty ? "" : " " + props)::\(Self.escapeData(message))"
    }

    /// `%` → `%25`, CR → `%0D`, LF → `%0A`.
    static func escapeData(_ text: String) -> String { escaped(text, alsoSeparators: false) }

    /// As `escapeData`, and `:` → `%3A`, `,` → `%2C`.
    static func escapeProperty(_ text: String) -> String { escaped(text, alsoSeparators: true) }

    /// One pass over the bytes; Foundation's `replacingOccurrences`, five times over, cost more
    /// than the rest of the annotations together.
    private static func escaped(_ text: String, alsoSeparators: Bool) -> String {
        text.substitutingASCII { byte in
            switch byte {
            case UInt8(ascii: "%"): "%25"
            case 0x0D: "%0D"
            case 0x0A: "%0A"
            case UInt8(ascii: ":") where alsoSeparators: "%3A"
            case UInt8(ascii: ",") where alsoSeparators: "%2C"
            default: nil
            }
        }
    }
}
