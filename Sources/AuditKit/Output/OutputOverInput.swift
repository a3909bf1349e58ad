/// Refuses an output that is one of the run's own inputs: `-o deployment.yaml` once replaced
/// the manifest with its result, and `-o evidence/memo.md` an evidence file, so that the
/// result's recorded hashes no longer matched what was left on disk.
public enum OutputOverInput {
    /// A file the run read, and what it is to the run ("the manifest", "evidence").
    public typealias Input = (path: String, what: String)

    /// Checks every output that exists already against every input; `inputs` is not read at
    /// all when no output exists yet.
    /// - Throws: `Diagnostic` naming the first output that is the same file as an input (by
    ///   device and inode, so a hard link, or an input given through a symbolic link, counts).
    public static func check(_ outputs: [String], against inputs: some Sequence<Input>) throws {
        // An output is replaced by a rename: a symbolic link there is replaced, not what it leads to.
        let existing = outputs.compactMap { path in
            FileIdentity(path, followingLinks: false).map { (path: path, identity: $0) }
        }
        guard !existing.isEmpty else { return }
        for input in inputs {
            guard let identity = FileIdentity(input.path),
                  let output = existing.first(where: { $0.identity == identity }) else { continue }
            throw Diagnostic(.invalidValue, "is \(input.what) of this run ('\(input.path)'); writing here would "
                             + "replace it: choose another output", file: output.path)
        }
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
