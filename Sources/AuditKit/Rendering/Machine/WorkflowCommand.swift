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

    /// One pass over the UTF-8 bytes (every byte replaced is ASCII, which never occurs inside a
    /// longer UTF-8 sequence); Foundation's `replacingOccurrences`, five times over, cost more
    /// than the rest of the annotations together.
    private static func escaped(_ text: String, alsoSeparators: Bool) -> String {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(text.utf8.count)
        for byte in text.utf8 {
            switch byte {
            case UInt8(ascii: "%"): bytes.append(contentsOf: "%25".utf8)
            case 0x0D: bytes.append(contentsOf: "%0D".utf8)
            case 0x0A: bytes.append(contentsOf: "%0A".utf8)
            case UInt8(ascii: ":") where alsoSeparators: bytes.append(contentsOf: "%3A".utf8)
            case UInt8(ascii: ",") where alsoSeparators: bytes.append(contentsOf: "%2C".utf8)
            default: bytes.append(byte)
            }
        }
        return bytes.count == text.utf8.count ? text : String(decoding: bytes, as: UTF8.self)
    }
}
