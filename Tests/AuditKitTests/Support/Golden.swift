import Foundation
import Testing

/// Golden-file comparison with a record switch: run with `SAFEGUARD_RECORD=1` to rewrite the
/// files after checking the change is intended. A missing golden file is written and the test
/// fails, so nothing passes unseen.
enum Golden {
    static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("Golden")

    static var recording: Bool { ProcessInfo.processInfo.environment["SAFEGUARD_RECORD"] == "1" }

    static func check(_ actual: String, against name: String,
                      sourceLocation: SourceLocation = #_sourceLocation) throws {
        let url = folder.appendingPathComponent(name)
        let existing = try? String(contentsOf: url, encoding: .utf8)
        if recording || existing == nil {
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
            try actual.write(to: url, atomically: true, encoding: .utf8)
            if existing == nil {
                Issue.record("recorded new golden file \(name); check it and run again",
                             sourceLocation: sourceLocation)
            }
            return
        }
        #expect(actual == existing,
                "differs from Golden/\(name); rerun with SAFEGUARD_RECORD=1 if intended",
                sourceLocation: sourceLocation)
    }
}
