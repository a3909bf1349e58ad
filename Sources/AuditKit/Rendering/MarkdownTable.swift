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
    /// `<`, `>` and `&` become entities, so input text renders literally.
    var markdownEscaped: String {
        substitutingASCII { byte in
            switch byte {
            case UInt8(ascii: "\\"): "\\\\"
            case UInt8(ascii: "`"): "\\`"
            case UInt8(ascii: "*"): "\\*"
            case UInt8(ascii: "_"): "\\_"
            case UInt8(ascii: "["): "\\["
            case UInt8(ascii: "]"): "\\]"
            case UInt8(ascii: "|"): "\\|"
            case UInt8(ascii: "#"): "\\#"
            case UInt8(ascii: "!"): "\\!"
            case UInt8(ascii: "~"): "\\~"
            case UInt8(ascii: "<"): "&lt;"
            case UInt8(ascii: ">"): "&gt;"
            case UInt8(ascii: "&"): "&amp;"
            default: nil
            }
        }
    }

    /// Safe inside a single-backtick code span: backticks and line breaks replaced.
    var codeSpanSafe: String {
        String(decoding: utf8.map { $0 == UInt8(ascii: "`") ? UInt8(ascii: "'") : $0 }, as: UTF8.self).flattened
    }
}
