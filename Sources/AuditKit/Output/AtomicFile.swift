import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Writes files so that a reader sees the old file or the whole new one, never half of it: the
/// bytes go to a temporary file in the same folder, are flushed to disk, and replace the target
/// with one `rename`. If anything fails on the way, the temporary file is removed and the old
/// file is left as it was.
public enum AtomicFile {
    /// How many bytes are written per call.
    static let chunkSize = 64 * 1024

    /// Writes `data` to `path`.
    /// - Parameter writeChunk: writes one chunk (tests inject a failure here).
    /// - Throws: `Diagnostic` naming `path` when the file cannot be written.
    public static func write(_ data: Data, to path: String,
                             writeChunk: (FileHandle, Data) throws -> Void = { try $0.write(contentsOf: $1) }) throws {
        let (temporary, handle) = try temporaryFile(beside: path)
        do {
            var offset = data.startIndex
            while offset < data.endIndex {
                let end = data.index(offset, offsetBy: chunkSize, limitedBy: data.endIndex) ?? data.endIndex
                try writeChunk(handle, data[offset..<end])
                offset = end
            }
            try handle.synchronize()
            try handle.close()
            guard rename(temporary, path) == 0 else { throw CocoaError(.fileWriteUnknown) }
        } catch {
            try? handle.close()
            try? FileManager.default.removeItem(atPath: temporary)
            throw Diagnostic(.fileUnreadable, "cannot write here (\(error.localizedDescription)); "
                             + "any earlier file is unchanged", file: path)
        }
    }

    /// A new, empty hidden file in `path`'s folder, to be renamed over `path` once complete:
    /// the rename is atomic because both names are on the same file system.
    /// - Throws: `Diagnostic` naming `path` when the folder cannot be written.
    public static func temporaryFile(beside path: String) throws -> (path: String, handle: FileHandle) {
        let folder = (path as NSString).deletingLastPathComponent
        let name = ".\((path as NSString).lastPathComponent).\(UUID().uuidString).tmp"
        let temporary = folder.isEmpty ? name : (folder as NSString).appendingPathComponent(name)
        guard FileManager.default.createFile(atPath: temporary, contents: nil),
              let handle = FileHandle(forWritingAtPath: temporary) else {
            throw Diagnostic(.fileUnreadable, "cannot write here", file: path)
        }
        return (temporary, handle)
    }
}
