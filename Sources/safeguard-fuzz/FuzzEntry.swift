import AuditKit
import Foundation

/// Feeds one input to every Safeguard loader, both results importers and the template parser,
/// and reads it as a manifest both ways — YAML events straight into nodes, and Yams' tree then
/// the schema — to check that the shortcut never builds a tree the general way does not; and as
/// a metrics file both ways, to check the same of its shortcut. It also
/// checks that the plain-YAML scanner, whenever it takes the input, gives libyaml's events.
///
/// A `Diagnostic` (or `Diagnostics`) is the expected answer to a bad input and is swallowed. Any
/// other error is a finding, and so is a crash or a hang. The input is written to a private
/// temporary folder as the only file there, so `lint`'s checks that open files (evidence paths,
/// profile `extends`) see what they would see for a lone file, and never the corpus around it.
enum FuzzEntry {
    /// An error that is not a `Diagnostic`: what the fuzzer is looking for besides crashes.
    struct Finding: Error, CustomStringConvertible {
        let stage: String
        let error: any Error
        var description: String { "\(stage) threw \(type(of: error)), not a Diagnostic: \(error)" }
    }

    /// The plain-YAML scanner's events differ from libyaml's.
    struct ScannerMismatch: Error, CustomStringConvertible {
        let description: String
    }

    /// The event reader returned a tree the general reader does not build.
    struct ShortcutMismatch: Error {
        let shortcut: ManifestNode
        let general: ManifestNode?
    }

    /// The metrics event reader returned a file the general reader does not read.
    struct MetricsShortcutMismatch: Error {
        let shortcut: LoadedMetrics
        let general: LoadedMetrics?
    }

    static let folder: URL = {
        let url = FileManager.default.temporaryDirectory
            .appendingPathComponent("safeguard-fuzz-\(ProcessInfo.processInfo.processIdentifier)")
        try? FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }()
    static let inputPath = folder.appendingPathComponent("input.yaml").path
    /// A folder holding the input as the one report template, for the template parser.
    static let templateFolder = folder.appendingPathComponent("templates")
    static let catalog = BuiltinCatalog.embedded
    static let vocabulary = try? catalog.vocabulary()
    static let mappings = (try? catalog.toolMappings()) ?? nil
    static let linter = try? Linter(catalog: catalog)

    /// Runs every loader on `bytes`. - Throws: `Finding` for any error that is not a diagnostic.
    static func run(_ bytes: Data) throws {
        guard FileManager.default.createFile(atPath: inputPath, contents: bytes) else {
            throw Finding(stage: "harness: writing \(inputPath)", error: CocoaError(.fileWriteUnknown))
        }
        try stage("bytes") { _ = try SourceFile(path: "input.yaml", bytes: bytes) }
        try stage("yaml") {
            let source = try SourceFile(reading: inputPath, displayPath: "input.yaml")
            // Every loader parses and reads the format key the same way first; past that, only
            // the loader of the file's own format goes further, so run that one, and one other
            // to reach the "expected X, found Y" path.
            let kind = try Loader.format(of: source)
            try stage(kind.rawValue) { try load(source, as: kind) }
            try stage("wrong format") { try load(source, as: kind == .deployment ? .checklist : .deployment) }
        }
        try stage("shortcuts") {
            // Differentials: the event readers' manifest trees and metrics files, whenever they
            // give one, must be the general readers', and they must decline whatever those
            // reject; the plain-YAML scanner's events, whenever it takes the text, must be
            // libyaml's.
            let source = try SourceFile(reading: inputPath, displayPath: "input.yaml")
            let trees = Loader.manifestTreesBothWays(source)
            if let shortcut = trees.shortcut, shortcut != trees.general {
                throw Finding(stage: "manifest shortcut", error: ShortcutMismatch(
                    shortcut: shortcut, general: trees.general))
            }
            let metrics = Loader.metricsBothWays(source)
            if let shortcut = metrics.shortcut, shortcut != metrics.general {
                throw Finding(stage: "metrics shortcut", error: MetricsShortcutMismatch(
                    shortcut: shortcut, general: metrics.general))
            }
            if let difference = YAMLEventDifferential.disagreement(in: source.text) {
                throw Finding(stage: "yaml events", error: ScannerMismatch(description: difference))
            }
        }
        try stage("template") {
            try FileManager.default.createDirectory(at: templateFolder, withIntermediateDirectories: true)
            try bytes.write(to: templateFolder.appendingPathComponent("report.html.mustache"))
            _ = try ReportTemplates.overridden(by: templateFolder.path)
        }
        try stage("lint") { _ = try linter?.problems(in: SourceFile(reading: inputPath)) }
        guard let mappings else {
            throw Finding(stage: "harness: the built-in tool mappings", error: CocoaError(.fileReadCorruptFile))
        }
        try stage("promptfoo") {
            let source = try SourceFile(reading: inputPath, cap: ResultsTool.maximumFileSize)
            _ = try PromptfooImporter(mappings: mappings).document(from: source)
        }
        try stage("garak") {
            let source = try SourceFile(reading: inputPath, cap: ResultsTool.maximumFileSize)
            _ = try GarakImporter(mappings: mappings).document(from: source)
        }
        try stage("result") { _ = try BaselineSet.load(inputPath) }
        try stage("signature") { _ = try ResultSignature.decode(SourceFile(reading: inputPath).text, file: "input.sig") }
    }

    /// The loader of one format, with the checks `lint` adds where the loader takes them.
    private static func load(_ source: SourceFile, as kind: FormatKind) throws {
        switch kind {
        case .deployment: _ = try Loader.manifest(source)
        case .checklist: _ = try Loader.checklist(source); _ = try Loader.checklistIfAny(source)
        case .profile: _ = try Loader.profile(source)
        case .metrics: _ = try Loader.metrics(source, vocabulary: vocabulary)
        case .probes: _ = try Loader.probeSuite(source, vocabulary: vocabulary)
        case .toolMappings: _ = try Loader.toolMappings(source, vocabulary: vocabulary)
        case .references: _ = try Loader.references(source)
        case .metricCategories: _ = try Loader.vocabulary(source)
        }
    }

    private static func stage(_ name: String, _ body: () throws -> Void) throws {
        do {
            try body()
        } catch is Diagnostic {
        } catch is Diagnostics {
        } catch let finding as Finding {
            throw finding
        } catch {
            throw Finding(stage: name, error: error)
        }
    }
}

#if FUZZING
/// libFuzzer's entry point: any finding aborts, so libFuzzer saves the input as a crash.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzTestOneInput(_ start: UnsafePointer<UInt8>?, _ count: Int) -> CInt {
    let bytes = start.map { Data(bytes: $0, count: count) } ?? Data()
    do {
        try FuzzEntry.run(bytes)
    } catch {
        FileHandle.standardError.write(Data("safeguard-fuzz: \(error)\n".utf8))
        abort()
    }
    return 0
}

/// libFuzzer's driver (`-sanitize=fuzzer` links it). SwiftPM gives every executable its own
/// `main`, so libFuzzer's `main` is not used; this one hands the command line to the driver.
@_silgen_name("LLVMFuzzerRunDriver")
func runFuzzerDriver(_ argc: UnsafeMutablePointer<CInt>,
                     _ argv: UnsafeMutablePointer<UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>>,
                     _ callback: @convention(c) (UnsafePointer<UInt8>?, Int) -> CInt) -> CInt
#endif

@main
struct FuzzMain {
    static func main() {
        #if FUZZING
        var argc = CommandLine.argc
        var argv = CommandLine.unsafeArgv
        exit(runFuzzerDriver(&argc, &argv) { fuzzTestOneInput($0, $1) })
        #else
        Replay.main()
        #endif
    }
}

/// Without libFuzzer: replays every file in the folders (or files) given as arguments and exits
/// 1 when any of them is a finding. A crash ends the process, naming the file on stderr first.
enum Replay {
    static func main() {
        let arguments = CommandLine.arguments.dropFirst()
        guard !arguments.isEmpty else {
            FileHandle.standardError.write(Data("usage: safeguard-fuzz FOLDER-OR-FILE…\n".utf8))
            exit(64)
        }
        var (count, findings) = (0, 0)
        for path in arguments.flatMap(files) {
            guard let bytes = FileManager.default.contents(atPath: path) else {
                FileHandle.standardError.write(Data("safeguard-fuzz: cannot read \(path)\n".utf8))
                exit(64)
            }
            FileHandle.standardError.write(Data("replay \(path)\n".utf8))
            count += 1
            do {
                try FuzzEntry.run(bytes)
            } catch {
                findings += 1
                print("FINDING \(path): \(error)")
            }
        }
        try? FileManager.default.removeItem(at: FuzzEntry.folder)
        print("replayed \(count) inputs, \(findings) findings")
        exit(findings == 0 ? 0 : 1)
    }

    /// The regular files in `path` (recursively, sorted), or `path` itself when it is a file.
    static func files(_ path: String) -> [String] {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory),
              isDirectory.boolValue else { return [path] }
        let names = FileManager.default.enumerator(atPath: path)?.compactMap { $0 as? String } ?? []
        return names.sorted().map { (path as NSString).appendingPathComponent($0) }.filter {
            var folder: ObjCBool = false
            return FileManager.default.fileExists(atPath: $0, isDirectory: &folder) && !folder.boolValue
        }
    }
}
