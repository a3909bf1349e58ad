import Foundation

/// Re-hashes the inputs a result lists and reports any that changed or vanished since the audit.
public struct InputCheck: Sendable {
    /// One input that no longer matches.
    public struct Mismatch: Sendable, Hashable, CustomStringConvertible {
        public let role: InputFile.Role
        public let path: String
        public let problem: String
        public var description: String { "\(role.rawValue) \(path): \(problem)" }
    }

    /// Where built-in files come from.
    public let catalog: BuiltinCatalog

    /// Creates a check.
    public init(catalog: BuiltinCatalog = .embedded) { self.catalog = catalog }

    /// Every input of `result` whose SHA-256 differs now. Manifest, checklist and profile paths
    /// are read as recorded (relative to the current folder); evidence paths relative to the
    /// manifest's folder, as the audit resolved them; `builtin:` paths from this binary.
    public func mismatches(in result: AuditResult) -> [Mismatch] {
        let manifestFolder = result.inputs.first { $0.role == .manifest }
            .map { PathText.parent(of: $0.path) } ?? ""
        return result.inputs.compactMap { input in
            let now = currentHash(of: input, manifestFolder: manifestFolder)
            guard let now else { return Mismatch(role: input.role, path: input.path, problem: "cannot be read") }
            return now == input.sha256 ? nil
                : Mismatch(role: input.role, path: input.path, problem: "SHA-256 is now \(now)")
        }
    }

    private func currentHash(of input: InputFile, manifestFolder: String) -> String? {
        guard let path = input.diskPath(manifestFolder: manifestFolder) else {
            return catalog.files[String(input.path.dropFirst("builtin:".count))].map { SHA256Digest.hex(of: Data($0.utf8)) }
        }
        return SHA256Digest.hex(ofFileAt: path)
    }
}
