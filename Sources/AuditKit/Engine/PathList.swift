import Foundation

/// A portfolio's manifest paths, kept as the listing's bytes and where each line lies in them:
/// ≈ 70 bytes a 51-byte path, where splitting the text into an array of strings grew the peak
/// by ≈ 330. A path becomes a `String` only when it is read.
///
/// Lines are split where `Character.isNewline` splits them (LF, CR, CRLF, VT, FF, NEL, U+2028,
/// U+2029). Lines of only whitespace are skipped, and so are comments, lines whose first
/// character is `#` (a path that starts with one is written `./#…`); a line is otherwise kept
/// as written.
public struct PathList: RandomAccessCollection, Sendable {
    private let leading: [String]
    /// The listing's UTF-8.
    private let bytes: [UInt8]
    /// For each line kept: its first byte and the byte after it, in `bytes`.
    private let bounds: [Int]

    /// `leading`, then each line of `listing` that is neither blank nor a comment.
    public init(_ leading: [String] = [], listing: String) {
        self.leading = leading
        bytes = Array(listing.utf8)
        bounds = bytes.withUnsafeBufferPointer(Self.lines(of:))
    }

    public var startIndex: Int { 0 }
    public var endIndex: Int { leading.count + bounds.count / 2 }

    public subscript(position: Int) -> String {
        if position < leading.count { return leading[position] }
        let line = (position - leading.count) * 2
        return String(decoding: bytes[bounds[line]..<bounds[line + 1]], as: UTF8.self)
    }

    /// The bounds of each line of `utf8` that is neither blank nor a comment.
    private static func lines(of utf8: UnsafeBufferPointer<UInt8>) -> [Int] {
        var bounds: [Int] = []
        var (start, index) = (0, 0)
        while index < utf8.count {
            let width = newlineWidth(utf8, at: index)
            guard width > 0 else {
                index += 1
                continue
            }
            keep(start..<index, of: utf8, into: &bounds)
            index += width
            start = index
        }
        keep(start..<utf8.count, of: utf8, into: &bounds)
        return bounds
    }

    /// How many bytes the line break at `index` takes (CRLF is one break), or 0 if none starts there.
    private static func newlineWidth(_ utf8: UnsafeBufferPointer<UInt8>, at index: Int) -> Int {
        switch utf8[index] {
        case 0x0A, 0x0B, 0x0C: return 1
        case 0x0D: return index + 1 < utf8.count && utf8[index + 1] == 0x0A ? 2 : 1
        case 0xC2: return index + 1 < utf8.count && utf8[index + 1] == 0x85 ? 2 : 0
        case 0xE2:
            guard index + 2 < utf8.count, utf8[index + 1] == 0x80 else { return 0 }
            return utf8[index + 2] == 0xA8 || utf8[index + 2] == 0xA9 ? 3 : 0
        default: return 0
        }
    }

    /// Adds `line` to `bounds` unless it holds only whitespace or starts with `#`.
    private static func keep(_ line: Range<Int>, of utf8: UnsafeBufferPointer<UInt8>, into bounds: inout [Int]) {
        guard !line.isEmpty else { return }
        let first = utf8[line.lowerBound]
        guard first != UInt8(ascii: "#") else { return }
        let plainlyText = first < 0x80 && first != 0x20 && first != 0x09
        if !plainlyText {
            let string = String(decoding: UnsafeBufferPointer(rebasing: utf8[line]), as: UTF8.self)
            guard !string.trimmingCharacters(in: .whitespaces).isEmpty else { return }
        }
        bounds.append(line.lowerBound)
        bounds.append(line.upperBound)
    }
}
