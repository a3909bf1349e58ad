/// Path arithmetic on text, in place of `NSString`'s path methods: on Linux,
/// `deletingLastPathComponent` crashes (an illegal instruction) when the last component is one
/// character with nothing before it (`a`, `b/`), so `safeguard audit a` crashed, and it keeps
/// doubled slashes in some paths (`///a///b///` → `/a/`). These never touch the file system
/// and never fail; they also skip the bridge for the manifest folders and evidence paths a
/// portfolio run makes once per manifest and entry.
public enum PathText {
    /// The path without its last component, as `deletingLastPathComponent` means it: runs of
    /// slashes count as one and a trailing slash is ignored, then everything before the last
    /// slash; `/` for a component at the root (and for `/` itself), `""` for a lone component.
    public static func parent(of path: String) -> String {
        var bytes = Array(path.utf8)
        while bytes.count > 1, bytes.last == UInt8(ascii: "/") { bytes.removeLast() }
        guard var slash = bytes.lastIndex(of: UInt8(ascii: "/")) else { return "" }
        while slash > 0, bytes[slash - 1] == UInt8(ascii: "/") { slash -= 1 }
        guard slash > 0 else { return "/" }
        return collapsingSlashes(bytes[..<slash])
    }

    /// `folder` and `component` joined by one slash, as `appendingPathComponent` joins them:
    /// either alone when the other is empty, and no slash added when `folder` ends with one.
    public static func joining(_ folder: String, _ component: String) -> String {
        if component.isEmpty { return folder }
        if folder.isEmpty { return component }
        var joined = ""
        joined.reserveCapacity(folder.utf8.count + 1 + component.utf8.count)
        joined += folder
        if folder.utf8.last != UInt8(ascii: "/") { joined += "/" }
        joined += component
        return joined
    }

    /// `bytes` with each run of slashes made one.
    private static func collapsingSlashes(_ bytes: ArraySlice<UInt8>) -> String {
        var kept: [UInt8] = []
        kept.reserveCapacity(bytes.count)
        for byte in bytes where !(byte == UInt8(ascii: "/") && kept.last == byte) { kept.append(byte) }
        return String(decoding: kept, as: UTF8.self)
    }
}
