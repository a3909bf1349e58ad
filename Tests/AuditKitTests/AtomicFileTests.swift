import Foundation
import Testing
@testable import AuditKit

/// Outputs are written through a temporary file and a rename: a failure mid-write leaves the
/// previous file intact and no temporary file behind.
@Suite struct AtomicFileTests {
    struct DiskFull: Error {}

    static func folder() throws -> (URL, String) {
        let folder = try Fixtures.temporaryFolder("atomic")
        let path = folder.appendingPathComponent("report.json").path
        try "previous report\n".write(toFile: path, atomically: false, encoding: .utf8)
        return (folder, path)
    }

    @Test func failureMidWriteLeavesThePreviousFileIntact() throws {
        let (folder, path) = try Self.folder()
        let big = Data(repeating: 0x41, count: AtomicFile.chunkSize * 4)
        var chunks = 0
        #expect(throws: Diagnostic.self) {
            try AtomicFile.write(big, to: path) { handle, chunk in
                chunks += 1
                if chunks == 3 { throw DiskFull() }
                try handle.write(contentsOf: chunk)
            }
        }
        #expect(chunks == 3, "two chunks were written before the failure")
        #expect(try String(contentsOfFile: path, encoding: .utf8) == "previous report\n")
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path) == ["report.json"])
    }

    @Test func successReplacesTheFileWhole() throws {
        let (folder, path) = try Self.folder()
        let big = Data(repeating: 0x42, count: AtomicFile.chunkSize * 3 + 17)
        try AtomicFile.write(big, to: path)
        #expect(try Data(contentsOf: URL(fileURLWithPath: path)) == big)
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path) == ["report.json"])
    }

    @Test func unwritableFolderIsADiagnostic() throws {
        let error = try #require(throws: Diagnostic.self) {
            try AtomicFile.write(Data("x".utf8), to: "/nonexistent-folder/report.json")
        }
        #expect(error.file == "/nonexistent-folder/report.json")
    }

    @Test func aBatchReplacesEveryFileWhole() throws {
        let (folder, path) = try Self.folder()
        let second = folder.appendingPathComponent("report.sarif").path
        let big = Data(repeating: 0x43, count: AtomicFile.chunkSize + 5)
        try AtomicFile.write([(path, big), (second, Data("second\n".utf8))])
        #expect(try Data(contentsOf: URL(fileURLWithPath: path)) == big)
        #expect(try String(contentsOfFile: second, encoding: .utf8) == "second\n")
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted()
                == ["report.json", "report.sarif"])
    }

    @Test func aBatchWithOneUnwritableFileReplacesNone() throws {
        let (folder, path) = try Self.folder()
        let unwritable = folder.appendingPathComponent("missing-folder/report.sarif").path
        let later = folder.appendingPathComponent("report.xml").path
        let error = try #require(throws: Diagnostic.self) {
            try AtomicFile.write([(path, Data("new\n".utf8)), (unwritable, Data("x".utf8)),
                                  (later, Data("later\n".utf8))])
        }
        #expect(error.file == unwritable)
        #expect(try String(contentsOfFile: path, encoding: .utf8) == "previous report\n")
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path) == ["report.json"])
    }

    /// More files than are flushed together: every one lands whole, and no temporary file is
    /// left behind, from any of the batches.
    @Test func filesBeyondOneFlushBatchAllLand() throws {
        let (folder, _) = try Self.folder()
        let count = AtomicFile.flushedTogether * 2 + 3
        let files = (0..<count).map { index in
            (folder.appendingPathComponent("report-\(index).txt").path, Data("report \(index)\n".utf8))
        }
        try AtomicFile.write(files)
        for (path, data) in files { #expect(try Data(contentsOf: URL(fileURLWithPath: path)) == data) }
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path).count == count + 1)
    }

    /// A file in the third batch cannot be written: the files of the first two, already on
    /// disk in their temporary files, and those of its own batch, still open, are all removed.
    @Test func aFailureInALaterBatchReplacesNone() throws {
        let (folder, path) = try Self.folder()
        var files = (0..<AtomicFile.flushedTogether * 2 + 3).map { index in
            (index == 0 ? path : folder.appendingPathComponent("report-\(index).txt").path, Data("new\n".utf8))
        }
        let unwritable = folder.appendingPathComponent("missing-folder/report.sarif").path
        files.insert((unwritable, Data("x".utf8)), at: AtomicFile.flushedTogether * 2 + 1)
        let error = try #require(throws: Diagnostic.self) { try AtomicFile.write(files) }
        #expect(error.file == unwritable)
        #expect(try String(contentsOfFile: path, encoding: .utf8) == "previous report\n")
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path) == ["report.json"])
    }

    /// Each temporary file is noted while it exists, so an interrupted run can remove it, and
    /// forgotten once it is renamed into place or removed after a failure.
    @Test func temporaryFilesAreNotedOnlyWhileTheyExist() throws {
        TemporaryFiles.removeWhenInterrupted()
        let (folder, path) = try Self.folder()
        var noted: Set<String> = []
        try AtomicFile.write(Data("new report\n".utf8), to: path) { handle, chunk in
            noted = TemporaryFiles.current.filter { $0.hasPrefix(folder.path + "/") }
            try handle.write(contentsOf: chunk)
        }
        #expect(noted.count == 1)
        #expect(noted.first.map { $0.hasPrefix(folder.path + "/.report.json.") && $0.hasSuffix(".tmp") } == true)
        #expect(!TemporaryFiles.current.contains { $0.hasPrefix(folder.path + "/") })
        #expect(throws: Diagnostic.self) {
            try AtomicFile.write(Data("x".utf8), to: path) { _, _ in throw DiskFull() }
        }
        #expect(!TemporaryFiles.current.contains { $0.hasPrefix(folder.path + "/") })
    }

    /// A report folder of many deployments holds hundreds of temporary files at once; each is noted.
    @Test func hundredsOfTemporaryFilesAreAllNoted() {
        TemporaryFiles.removeWhenInterrupted()
        let paths = (0..<500).map { "/nonexistent/safeguard-test-\($0).tmp" }
        paths.forEach(TemporaryFiles.created)
        #expect(TemporaryFiles.current.isSuperset(of: paths))
        paths.forEach(TemporaryFiles.finished)
        #expect(TemporaryFiles.current.isDisjoint(with: paths))
    }
}
