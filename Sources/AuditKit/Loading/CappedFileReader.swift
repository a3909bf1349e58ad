import Foundation

/// Reads a whole input file with plain system calls — `open`, `fstat`, `read` into a buffer of
/// the file's size, `close` — and refuses it past a size cap.
///
/// The file is opened without waiting (`O_NONBLOCK`), so a named pipe that nobody writes to
/// reads as empty instead of blocking the run forever; reads then wait as usual, so a pipe that
/// is being written (`<(…)`, `/dev/stdin`) is read to its end.
///
/// `FileHandle.read(upToCount:)` sized its buffer by the cap (4 MiB) rather than the file, and
/// took a `stat` and a handle object besides.
enum CappedFileReader {
    /// The bytes of the file at `path`.
    /// - Throws: `Diagnostic` naming `shown` when the file is missing, a directory, unreadable
    ///   or larger than `cap`, or when `shown` holds a character of `UnsafeCharacters`: reports
    ///   name their input files, and would pass it on.
    static func read(path: String, shown: String, cap: Int) throws -> Data {
        if let unsafe = UnsafeCharacters.first(in: shown) { throw unsafeName(shown, unsafe) }
        let descriptor = open(path, O_RDONLY | O_CLOEXEC | O_NONBLOCK)
        guard descriptor >= 0 else { throw openFailure(errno, shown: shown) }
        defer { close(descriptor) }
        guard waitsOnReads(descriptor) else { throw unreadable(shown) }
        var info = stat()
        guard fstat(descriptor, &info) == 0 else { throw unreadable(shown) }
        if info.st_mode & S_IFMT == S_IFDIR {
            throw Diagnostic(.fileUnreadable, "is a directory, not a file", file: shown)
        }
        // A regular file says its size; a pipe or device is read in growing steps.
        let expected = info.st_mode & S_IFMT == S_IFREG ? Int(info.st_size) : 0
        guard expected <= cap else { throw tooLarge(shown, cap: cap) }
        let data = try readAll(descriptor, expected: expected, cap: cap, shown: shown)
        guard data.count <= cap else { throw tooLarge(shown, cap: cap) }
        return data
    }

    /// The bytes from the open `descriptor` (standard input) to its end.
    /// - Throws: `Diagnostic` naming `shown` when they cannot be read or pass `cap`.
    static func read(descriptor: Int32, shown: String, cap: Int) throws -> Data {
        let data = try readAll(descriptor, expected: 0, cap: cap, shown: shown)
        guard data.count <= cap else { throw tooLarge(shown, cap: cap) }
        return data
    }

    /// Reads until end of file, or until one byte past `cap` shows the file is too large.
    private static func readAll(_ descriptor: Int32, expected: Int, cap: Int,
                                shown: String) throws -> Data {
        // One byte beyond the expected size, so a single read finds the end of the file.
        var data = Data(count: min(cap, max(expected, 4096)) + 1)
        var total = 0
        while total <= cap {
            if total == data.count { data.count = min(cap + 1, 2 * data.count) }
            let count = data.withUnsafeMutableBytes { buffer in
                buffer.baseAddress.map { systemRead(descriptor, $0 + total, buffer.count - total) } ?? 0
            }
            if count == 0 { break }
            if count < 0 {
                if errno == EINTR { continue }
                throw unreadable(shown)
            }
            total += count
        }
        data.count = total
        return data
    }

    /// Clears `O_NONBLOCK` on `descriptor`, so that reading a pipe waits for its writer.
    private static func waitsOnReads(_ descriptor: Int32) -> Bool {
        let flags = fcntl(descriptor, F_GETFL)
        return flags >= 0 && fcntl(descriptor, F_SETFL, flags & ~O_NONBLOCK) == 0
    }

    private static func openFailure(_ code: Int32, shown: String) -> Diagnostic {
        switch code {
        case ENOENT, ENOTDIR:
            Diagnostic(.fileUnreadable, "no such file", file: shown)
        case ELOOP:
            Diagnostic(.fileUnreadable, "is a loop of symbolic links", file: shown)
        case ENAMETOOLONG:
            Diagnostic(.fileUnreadable, "no such file: the path is too long", file: shown)
        default:
            unreadable(shown)
        }
    }

    private static func unsafeName(_ shown: String, _ unsafe: Unicode.Scalar) -> Diagnostic {
        Diagnostic(.fileUnreadable, "its name contains \(UnsafeCharacters.described(unsafe)); "
                   + "rename it (reports name their inputs, and would "
                   + "pass it on to terminals and readers as it is)", file: shown)
    }

    private static func unreadable(_ shown: String) -> Diagnostic {
        Diagnostic(.fileUnreadable, "cannot be read (permission denied?)", file: shown)
    }

    /// "is larger than the 4 MiB limit for input files", for the file shown as `shown`.
    static func tooLarge(_ shown: String, cap: Int) -> Diagnostic {
        let limit = cap >= 1 << 20 && cap % (1 << 20) == 0 ? "\(cap >> 20) MiB" : "\(cap >> 10) KiB"
        return Diagnostic(.fileTooLarge, "is larger than the \(limit) limit for input files",
                          file: shown)
    }
}

#if canImport(Glibc)
private let systemRead = Glibc.read
#elseif canImport(Darwin)
private let systemRead = Darwin.read
#endif
