import Foundation

/// What identifies one version of a file on disk: device, inode, size and the modification and
/// status-change times to the nanosecond. When none of them changed, the bytes are taken not to
/// have changed either — the assumption `make` and `git status` rest on.
struct FileStamp: Hashable, Sendable {
    let device: UInt64
    let inode: UInt64
    let size: Int64
    let modified: Int64
    let modifiedNanoseconds: Int
    let changed: Int64
    let changedNanoseconds: Int

    /// The stamp of what `stat` returned.
    init(_ info: stat) {
        device = UInt64(info.st_dev)
        inode = UInt64(info.st_ino)
        size = Int64(info.st_size)
        #if os(Linux)
        (modified, modifiedNanoseconds) = (Int64(info.st_mtim.tv_sec), info.st_mtim.tv_nsec)
        (changed, changedNanoseconds) = (Int64(info.st_ctim.tv_sec), info.st_ctim.tv_nsec)
        #else
        (modified, modifiedNanoseconds) = (Int64(info.st_mtimespec.tv_sec), info.st_mtimespec.tv_nsec)
        (changed, changedNanoseconds) = (Int64(info.st_ctimespec.tv_sec), info.st_ctimespec.tv_nsec)
        #endif
    }
}
