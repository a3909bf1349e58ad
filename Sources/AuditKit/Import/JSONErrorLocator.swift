import Foundation

/// Finds where a JSON file stops being valid JSON. `JSONDecoder` only says that it is not;
/// `JSONSerialization` names a byte offset ("around character 123") or the end of the file.
enum JSONErrorLocator {
    /// A diagnostic at the first syntax error in `source`, at the file when none can be placed
    /// or the file is empty.
    static func syntaxError(in source: SourceFile, what: String) -> Diagnostic {
        guard source.text.contains(where: { !$0.isWhitespace }) else {
            return Diagnostic(.fileEmpty, "is empty" + (what.isEmpty ? "" : ": expected \(what)"), file: source.path)
        }
        let description: String
        do {
            _ = try JSONSerialization.jsonObject(with: source.bytes, options: [.fragmentsAllowed])
            description = ""
        } catch {
            description = ((error as NSError).userInfo[NSDebugDescriptionErrorKey] as? String) ?? ""
        }
        let message = "is not valid JSON" + (what.isEmpty ? "" : " (expected \(what))")
        if let offset = byteOffset(in: description), offset <= source.bytes.count {
            let (line, column) = position(ofByte: offset, in: source.bytes)
            let what = description.hasPrefix("Too many nested") ? ": nested too deeply here" : ": invalid value here"
            return source.diagnostic(.resultsSyntax, message + what, line: line, column: column)
        }
        if description.localizedCaseInsensitiveContains("end of file") {
            let (line, column) = position(ofByte: source.bytes.count, in: source.bytes)
            return source.diagnostic(.resultsSyntax, message + ": it ends early (truncated?)",
                                     line: line, column: column)
        }
        return Diagnostic(.resultsSyntax, message, file: source.path)
    }

    /// The number after "character " in JSONSerialization's description, if any.
    static func byteOffset(in description: String) -> Int? {
        guard let range = description.range(of: "character ") else { return nil }
        return Int(description[range.upperBound...].prefix { $0.isASCII && $0.isNumber })
    }

    /// 1-based line and column (in Unicode scalars) of the byte at `offset`.
    static func position(ofByte offset: Int, in bytes: Data) -> (line: Int, column: Int) {
        let end = bytes.index(bytes.startIndex, offsetBy: min(offset, bytes.count))
        let before = bytes[bytes.startIndex..<end]
        let line = before.reduce(1) { $1 == 0x0A ? $0 + 1 : $0 }
        let lineStart = before.lastIndex(of: 0x0A).map { $0 + 1 } ?? bytes.startIndex
        var text = String(decoding: bytes[lineStart..<end], as: UTF8.self)
        if line == 1, text.hasPrefix("\u{FEFF}") { text.removeFirst() }
        return (line, text.unicodeScalars.count + 1)
    }
}
