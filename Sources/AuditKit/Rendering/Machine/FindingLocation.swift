/// Where a machine-readable format points for one control: the manifest line that decided it,
/// else the control's line in its checklist, else the manifest's first line.
///
/// Locations in built-in checklists (`builtin:…`) are not files in anyone's workspace, so they
/// are passed over: a CI system could not open them.
struct FindingLocation: Sendable, Hashable {
    /// The path as the result records it.
    let file: String
    /// 1-based line.
    let line: Int
    /// 1-based column, in Unicode scalars.
    let column: Int

    /// The location for `control`, or nil when neither it nor the result names a real file.
    init?(_ control: ControlResult, in result: AuditResult) {
        let candidates = [control.location, control.checklistLocation].compactMap { $0 }
        if let found = candidates.first(where: { Self.isWorkspaceFile($0.file) }) {
            (file, line, column) = (found.file, found.line, found.column)
        } else if let manifest = result.inputs.first(where: { $0.role == .manifest }),
                  Self.isWorkspaceFile(manifest.path) {
            (file, line, column) = (manifest.path, 1, 1)
        } else {
            return nil
        }
    }

    /// The path as a URI reference (RFC 3986): forward slashes, and every byte a URI path may
    /// not hold — spaces, `%`, `:`, `#`, `?`, non-ASCII — percent-encoded.
    var uri: String {
        var encoded: [UInt8] = []
        encoded.reserveCapacity(file.utf8.count)
        for byte in file.utf8 {
            if byte == UInt8(ascii: "\\") {
                encoded.append(UInt8(ascii: "/"))
            } else if Self.isAllowedInPath(byte) {
                encoded.append(byte)
            } else {
                encoded += [UInt8(ascii: "%"), Self.hexDigit(byte >> 4), Self.hexDigit(byte & 0x0F)]
            }
        }
        return String(decoding: encoded, as: UTF8.self)
    }

    private static func isWorkspaceFile(_ path: String) -> Bool {
        !path.isEmpty && !path.hasPrefix("builtin:")
    }

    /// Unreserved characters, sub-delimiters, `@` and `/`. A colon is left out so that a
    /// relative path's first segment can never read as a URI scheme.
    private static func isAllowedInPath(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"),
             UInt8(ascii: "0")...UInt8(ascii: "9"):
            return true
        default:
            return "-._~!$&'()*+,;=@/".utf8.contains(byte)
        }
    }

    /// The upper-case hex digit of a value below 16.
    private static func hexDigit(_ value: UInt8) -> UInt8 {
        value < 10 ? UInt8(ascii: "0") + value : UInt8(ascii: "A") + value - 10
    }
}
