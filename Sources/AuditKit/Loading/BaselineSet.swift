/// Earlier results given with `--baseline`, one per deployment, matched to this run's
/// manifests by deployment id.
public struct BaselineSet: Sendable {
    /// The results by deployment id.
    public let results: [String: AuditResult]

    /// Reads each file as a `safeguard-result/v1` JSON result.
    /// - Throws: `Diagnostic` when a file is unreadable, not such a result, or two files are for
    ///   the same deployment.
    public init(reading paths: [String]) throws {
        var results: [String: AuditResult] = [:]
        for path in paths {
            let result = try Self.load(path)
            guard results[result.deployment.id] == nil else {
                throw Diagnostic(.duplicateID, "a second baseline for deployment '\(result.deployment.id)'",
                                 file: path)
            }
            results[result.deployment.id] = result
        }
        self.results = results
    }

    /// Checks that every baseline belongs to one of `deploymentIDs`.
    /// - Throws: `Diagnostic` naming a baseline for a deployment this run does not audit.
    public func checkMatches(_ deploymentIDs: [String], paths: [String]) throws {
        for (id, _) in results.sorted(by: { $0.key < $1.key }) where !deploymentIDs.contains(id) {
            throw Diagnostic(.unknownReference, "this baseline is for deployment '\(id)', which no manifest "
                             + "in this run describes (\(deploymentIDs.joined(separator: ", ")))",
                             file: paths.first { (try? Self.load($0))?.deployment.id == id } ?? id)
        }
    }

    /// Reads one stored result.
    /// - Throws: `Diagnostic`.
    public static func load(_ path: String) throws -> AuditResult {
        let source = try SourceFile(reading: path)
        let result: AuditResult
        do {
            result = try JSONRenderer.decoder.decode(AuditResult.self, from: source.bytes)
        } catch _ as DecodingError where source.bytes.starts(with: Self.jsonLineStart) {
            throw Diagnostic(.wrongType, "holds JSON lines from a portfolio run (--format jsonl), which "
                             + "leave out the checklist text; give a result written by --format json",
                             file: path)
        } catch DecodingError.dataCorrupted(let context) where context.codingPath.isEmpty {
            throw JSONErrorLocator.syntaxError(in: source, what: "a Safeguard JSON result")
        } catch let error as DecodingError {
            throw Diagnostic(.wrongType, "not a Safeguard JSON result (\(Self.describe(error)))", file: path)
        } catch {
            throw Diagnostic(.wrongType, "not a Safeguard JSON result", file: path)
        }
        guard result.format == AuditResult.currentFormat else {
            throw Diagnostic(.invalidValue, "result format '\(result.format)' is not "
                             + AuditResult.currentFormat, file: path)
        }
        try JSONUnsafeTextCheck.check(source.bytes, file: path)
        return result
    }

    /// How a line of `--format jsonl` starts; `--format json` writes `{` and a line break.
    private static let jsonLineStart = Array(#"{"as_of":"#.utf8)

    private static func describe(_ error: DecodingError) -> String {
        let (context, what): (DecodingError.Context, String) = switch error {
        case .keyNotFound(let key, let c): (c, "missing key '\(key.stringValue)'")
        case .typeMismatch(_, let c), .valueNotFound(_, let c), .dataCorrupted(let c): (c, c.debugDescription)
        @unknown default: (DecodingError.Context(codingPath: [], debugDescription: ""), "unreadable")
        }
        let path = context.codingPath.map { $0.intValue.map { "[\($0)]" } ?? "." + $0.stringValue }.joined()
        return path.isEmpty ? what : "at \(path): \(what)"
    }
}
