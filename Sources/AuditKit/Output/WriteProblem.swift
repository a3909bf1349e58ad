import Foundation

/// Why an output file could not be written, in words a user can act on, from the system's
/// error number: "its folder 'out' does not exist" rather than "NSCocoaErrorDomain error 512".
public enum WriteProblem {
    /// "cannot write here: WHY; any earlier file is unchanged", naming `path`; without the
    /// last words for a device or pipe (`streamed`), which has no earlier file.
    public static func diagnostic(_ error: any Error, path: String, streamed: Bool = false) -> Diagnostic {
        let unchanged = streamed ? "" : "; any earlier file is unchanged"
        return Diagnostic(.fileUnreadable, "cannot write here: \(words(for: error, path: path))\(unchanged)", file: path)
    }

    /// Why writing `path` failed with `error`, e.g. "the disk is full".
    public static func words(for error: any Error, path: String) -> String {
        code(of: error).map { words(for: $0, path: path) } ?? "the write failed"
    }

    /// The error that `errno` holds now, for `diagnostic(_:path:)`.
    public static func current() -> POSIXError {
        POSIXError(POSIXErrorCode(rawValue: errno) ?? .EIO)
    }

    /// The system's error number behind `error`, when it has one: a `POSIXError`, or an
    /// `NSError` of the POSIX domain, or one whose underlying error is (Foundation's file
    /// handles throw those).
    static func code(of error: any Error) -> Int32? {
        if let posix = error as? POSIXError { return posix.code.rawValue }
        let nsError = error as NSError
        if nsError.domain == NSPOSIXErrorDomain { return Int32(nsError.code) }
        return (nsError.userInfo[NSUnderlyingErrorKey] as? any Error).flatMap(code(of:))
    }

    /// What the error number `code` means for writing `path`.
    static func words(for code: Int32, path: String) -> String {
        switch code {
        case ENOENT where !FileManager.default.fileExists(atPath: folder(of: path)):
            "its folder '\(folder(of: path))' does not exist"
        case ENOENT: "its folder '\(folder(of: path))' takes no new files"  // /proc, /sys
        case ENOTDIR: "a part of its folder is a file, not a folder"
        case EISDIR: "it is a folder, not a file"
        case EEXIST: "a file is in its place"
        case EACCES, EPERM: "permission denied"
        case EROFS: "the file system is read-only"
        case ENOSPC, EDQUOT: "the disk is full"
        default: String(cString: strerror(code)).lowercased()
        }
    }

    /// The folder `path` is in, as given; "." for a bare name.
    private static func folder(of path: String) -> String {
        let parent = PathText.parent(of: path)
        return parent.isEmpty ? "." : parent
    }
}
