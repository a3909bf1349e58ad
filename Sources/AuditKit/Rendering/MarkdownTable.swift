import Foundation

/// A GitHub-flavoured Markdown table whose cells are escaped so that `|`, line breaks and
/// backticks in input text cannot break the layout.
struct MarkdownTable {
    let header: [String]
    let rows: [[String]]

    var text: String {
        let lines = [row(header), "|" + header.map { _ in " --- |" }.joined()]
            + rows.map(row)
        return lines.joined(separator: "\n")
    }

    private func row(_ cells: [String]) -> String {
        "| " + cells.map { $0.flattened.markdownEscaped }
            .joined(separator: " | ") + " |"
    }
}

extension String {
    /// Escaped for Markdown text: characters with Markdown meaning are backslash-escaped and
    /// `<`, `>` and `&` become entities, so input text renders literally. Works on UTF-8 bytes:
    /// each of these characters is ASCII, which never occurs inside a longer UTF-8 sequence.
    var markdownEscaped: String {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(utf8.count + 16)
        for byte in utf8 {
            switch byte {
            case UInt8(ascii: "\\"), UInt8(ascii: "`"), UInt8(ascii: "*"), UInt8(ascii: "_"),
                 UInt8(ascii: "["), UInt8(ascii: "]"), UInt8(ascii: "|"), UInt8(ascii: "#"),
                 UInt8(ascii: "!"), UInt8(ascii: "~"):
                bytes.append(UInt8(ascii: "\\"))
                bytes.append(byte)
            case UInt8(ascii: "<"): bytes.append(contentsOf: "&lt;".utf8)
            case UInt8(ascii: ">"): bytes.append(contentsOf: "&gt;".utf8)
            case UInt8(ascii: "&"): bytes.append(contentsOf: "&amp;".utf8)
            default: bytes.append(byte)
            }
        }
        return bytes.count == utf8.count ? self : String(decoding: bytes, as: UTF8.self)
    }

    /// Safe inside a single-backtick code span: backticks and line breaks replaced.
    var codeSpanSafe: String {
        replacingOccurrences(of: "`", with: "'").flattened
    }
}
