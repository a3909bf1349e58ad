import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Which file a path leads to: its device and inode, so that `./a.yaml`, `a.yaml`, a symbolic
/// link to it and a hard link of it are all the same file.
struct FileIdentity: Hashable {
    let device: UInt64
    let inode: UInt64

    /// The identity of the file at `path`, after symbolic links or (`followingLinks: false`)
    /// of a link itself; nil when there is none, or with `regularOnly` when it is not a
    /// regular file (a link, a folder, a device or a pipe).
    init?(_ path: String, followingLinks: Bool = true, regularOnly: Bool = false) {
        var info = stat()
        guard (followingLinks ? stat(path, &info) : lstat(path, &info)) == 0,
              !regularOnly || info.st_mode & S_IFMT == S_IFREG else { return nil }
        (device, inode) = (UInt64(info.st_dev), UInt64(info.st_ino))
    }
}
