import Foundation

/// Temporary folders for tests. Each lives under one folder per test process, which is removed
/// when the process exits, so a test run leaves nothing behind in the temporary directory.
public enum ScratchFolder {
    /// The process's folder, made on first use and removed at exit.
    private static let root: URL = {
        let url = FileManager.default.temporaryDirectory
            .appendingPathComponent("safeguard-tests-\(getpid())-\(UUID().uuidString)")
        try? FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        atexit { ScratchFolder.removeAll() }
        return url
    }()

    /// A fresh, empty folder, named after `label`.
    /// - Throws: when the folder cannot be created.
    public static func make(_ label: String) throws -> URL {
        let url = root.appendingPathComponent("\(label)-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    /// Removes the process's folder, making what tests locked (mode 000) removable first.
    static func removeAll() {
        let manager = FileManager.default
        if let walk = manager.enumerator(atPath: root.path) {
            for case let path as String in walk {
                try? manager.setAttributes([.posixPermissions: 0o700], ofItemAtPath: root.appendingPathComponent(path).path)
            }
        }
        try? manager.removeItem(at: root)
    }
}
