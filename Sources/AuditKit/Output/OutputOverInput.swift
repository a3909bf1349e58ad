/// Refuses an output that is one of the run's own inputs: `-o deployment.yaml` once replaced
/// the manifest with its result, and `-o evidence/memo.md` an evidence file, so that the
/// result's recorded hashes no longer matched what was left on disk.
public enum OutputOverInput {
    /// A file the run read, and what it is to the run ("the manifest", "evidence").
    public typealias Input = (path: String, what: String)

    /// Checks every output that exists already against every input.
    /// - Throws: `Diagnostic` naming the first output that is the same file as an input (by
    ///   device and inode, so a hard link, or an input given through a symbolic link, counts).
    public static func check(_ outputs: [String], against inputs: [Input]) throws {
        let existing = existingOutputs(outputs)
        guard !existing.isEmpty else { return }
        for input in inputs { try check(existing, against: input) }
    }

    /// Checks `output` against each of `paths`, all of them `what` to the run; when `output`
    /// does not exist yet, `paths` is not read at all. (A list of its own, not a generic
    /// sequence: the runtime's first look at a lazily mapped `PathList` took ≈ 0.9 M
    /// instructions.)
    public static func check(_ output: String, againstEach paths: PathList, what: String) throws {
        let existing = existingOutputs([output])
        guard !existing.isEmpty else { return }
        for path in paths { try check(existing, against: (path, what)) }
    }

    /// The outputs that exist as regular files, with their identities. An output is replaced
    /// by a rename, so a symbolic link there is replaced, not what it leads to; a device or a
    /// pipe (`/dev/null`, `/dev/stdout`) is written to and replaces nothing.
    private static func existingOutputs(_ outputs: [String]) -> [(path: String, identity: FileIdentity)] {
        outputs.compactMap { path in FileIdentity(path, followingLinks: false, regularOnly: true).map { (path, $0) } }
    }

    private static func check(_ existing: [(path: String, identity: FileIdentity)], against input: Input) throws {
        guard let identity = FileIdentity(input.path),
              let output = existing.first(where: { $0.identity == identity }) else { return }
        throw Diagnostic(.invalidValue, "is \(input.what) of this run ('\(input.path)'); writing here would "
                         + "replace it: choose another output", file: output.path)
    }

    /// The files `results` record as their inputs, where the audit read them: evidence beside
    /// its manifest, built-in files left out.
    public static func inputs(of results: [AuditResult]) -> [Input] {
        results.flatMap { result in
            let folder = result.inputs.first { $0.role == .manifest }.map { PathText.parent(of: $0.path) } ?? ""
            return result.inputs.compactMap { input in
                input.diskPath(manifestFolder: folder).map { ($0, input.role.described) }
            }
        }
    }
}
