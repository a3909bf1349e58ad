import Foundation

/// The text of one input file, read with a size cap and checked to be UTF-8 text.
///
/// Keeps the lines so diagnostics can quote the offending one.
public struct SourceFile: Sendable {
    /// Largest input file accepted, in bytes (4 MiB).
    public static let maximumSize = 4 << 20

    /// The path as the user gave it; used in every diagnostic.
    public let path: String
    /// The file's text, without a leading byte-order mark.
    public let text: String
    /// The raw bytes, for hashing.
    public let bytes: Data
    /// Where the file really is on disk; nil for text that did not come from disk.
    public let diskPath: String?

    /// Wraps text that did not come from disk (built-ins, tests).
    public init(path: String, text: String) {
        self.path = path
        self.text = text
        self.bytes = Data(text.utf8)
        self.diskPath = nil
    }

    /// Wraps bytes that did not come from disk (standard input, fuzzing), with the same checks
    /// as a file read from disk.
    /// - Throws: `Diagnostic` when the bytes are too many, binary or not UTF-8.
    public init(path: String, bytes: Data, cap: Int = maximumSize) throws {
        guard bytes.count <= cap else { throw CappedFileReader.tooLarge(path, cap: cap) }
        self.path = path
        self.diskPath = nil
        self.bytes = bytes
        self.text = try Self.decodeText(bytes, shown: path)
    }

    /// Reads a file from disk.
    /// - Throws: `Diagnostic` when the file is missing, a directory, too large, binary or not UTF-8.
    public init(reading path: String, displayPath: String? = nil, cap: Int = maximumSize) throws {
        let shown = displayPath ?? path
        let bytes = try Self.readCapped(path: path, shown: shown, cap: cap)
        self.path = shown
        self.diskPath = path
        self.bytes = bytes
        self.text = try Self.decodeText(bytes, shown: shown)
    }

    /// Reads standard input to its end, shown as `stdin`.
    /// - Throws: `Diagnostic` when it is too large, binary or not UTF-8.
    public static func standardInput(cap: Int = maximumSize) throws -> SourceFile {
        try SourceFile(path: "stdin", bytes: CappedFileReader.read(descriptor: STDIN_FILENO, shown: "stdin", cap: cap),
                       cap: cap)
    }

    /// The 1-based line `number`, without its line break; nil when out of range.
    ///
    /// Splits on the byte 0x0A: as `Character`s, a CRLF pair is one character, not a newline.
    public func line(_ number: Int) -> String? {
        guard number >= 1 else { return nil }
        let utf8 = text.utf8
        var start = utf8.startIndex
        for _ in 1..<number {
            guard let newline = utf8[start...].firstIndex(of: 0x0A) else { return nil }
            start = utf8.index(after: newline)
        }
        var line = utf8[start...].prefix { $0 != 0x0A }
        if line.last == 0x0D { line = line.dropLast() }
        return String(Substring(line))
    }

    /// A diagnostic at a position in this file, quoting the line.
    public func diagnostic(_ code: Diagnostic.Code, _ message: String,
                           line: Int, column: Int) -> Diagnostic {
        Diagnostic(code, message, at: SourceLocation(file: path, line: line, column: column),
                   sourceLine: self.line(line))
    }

    /// The bytes of the file at `path`, refused past `cap`; `CappedFileReader` says how.
    static func readCapped(path: String, shown: String, cap: Int) throws -> Data {
        try CappedFileReader.read(path: path, shown: shown, cap: cap)
    }

    private static func decodeText(_ data: Data, shown: String) throws -> String {
        if let encoding = wideEncoding(of: data) {
            throw Diagnostic(.fileEncoding, "is \(encoding) text (it starts with that byte-order mark); "
                             + "save it as UTF-8", file: shown)
        }
        if let nul = firstNUL(in: data) {
            throw Diagnostic(.fileBinary, "looks binary (NUL byte at offset \(nul)), not text",
                             file: shown)
        }
        var body = data
        if body.starts(with: [0xEF, 0xBB, 0xBF]) { body = body.dropFirst(3) }
        guard let text = String(validating: body, as: UTF8.self) else {
            throw invalidUTF8(in: body, shown: shown)
        }
        return text
    }

    /// Offset of the first NUL byte. Searched by `memchr` in the raw buffer: `Data.firstIndex(of:)`
    /// checks exclusive access for every byte, which was a tenth of parsing a manifest, and the
    /// buffer's own `firstIndex(of:)`, a byte at a time, was still 1 % of a manifest's audit.
    private static func firstNUL(in data: Data) -> Int? {
        data.withUnsafeBytes { buffer in
            guard let start = buffer.baseAddress, let found = memchr(start, 0, buffer.count) else { return nil }
            return UnsafeRawPointer(found) - start
        }
    }

    /// The name of the UTF-16 or UTF-32 encoding whose byte-order mark `data` starts with.
    private static func wideEncoding(of data: Data) -> String? {
        let marks: [(bytes: [UInt8], name: String)] = [
            ([0xFF, 0xFE, 0x00, 0x00], "UTF-32"), ([0x00, 0x00, 0xFE, 0xFF], "UTF-32"),
            ([0xFF, 0xFE], "UTF-16"), ([0xFE, 0xFF], "UTF-16"),
        ]
        return marks.first { data.starts(with: $0.bytes) }?.name
    }

    private static func invalidUTF8(in data: Data, shown: String) -> Diagnostic {
        var line = 1
        var lineStart = data.startIndex
        var index = data.startIndex
        while index < data.endIndex {
            let length = validSequenceLength(data, at: index)
            if length == 0 { break }
            if data[index] == 0x0A { line += 1; lineStart = index + 1 }
            index += length
        }
        let prefix = String(decoding: data[lineStart..<index], as: UTF8.self)
        let location = SourceLocation(file: shown, line: line, column: prefix.unicodeScalars.count + 1)
        return Diagnostic(.fileEncoding, "is not valid UTF-8", at: location, sourceLine: prefix)
    }

    /// Length of the valid UTF-8 sequence starting at `index`, or 0 when it is invalid.
    private static func validSequenceLength(_ data: Data, at index: Data.Index) -> Int {
        let lead = data[index]
        let length = lead < 0x80 ? 1 : lead >> 5 == 0x6 ? 2 : lead >> 4 == 0xE ? 3
            : lead >> 3 == 0x1E ? 4 : 0
        guard length > 0, index + length <= data.endIndex else { return 0 }
        let slice = data[index..<(index + length)]
        return String(validating: slice, as: UTF8.self) == nil ? 0 : length
    }
}
