import Foundation

/// Checks any Safeguard file by its format key, collecting every problem: what
/// `safeguard lint` runs.
public struct Linter: Sendable {
    /// Built-ins used to resolve profile `extends` and to check refs and metrics.
    public let catalog: BuiltinCatalog
    let validator: ChecklistValidator

    /// Creates a linter over a catalog.
    /// - Throws: `Diagnostic` when the catalog's registries are malformed.
    public init(catalog: BuiltinCatalog) throws {
        self.catalog = catalog
        validator = ChecklistValidator(references: try catalog.references(),
                                       vocabulary: try catalog.vocabulary())
    }

    /// Every problem in the file at `path`; empty when it is clean.
    public func problems(inFileAt path: String) -> [Diagnostic] {
        do {
            return try problems(in: try SourceFile(reading: path))
        } catch let diagnostic as Diagnostic {
            return [diagnostic]
        } catch let diagnostics as Diagnostics {
            return diagnostics.all
        } catch {
            return [Diagnostic(.fileUnreadable, "\(error)", file: path)]
        }
    }

    /// Every problem in `source`.
    public func problems(in source: SourceFile) throws -> [Diagnostic] {
        switch try Loader.format(of: source) {
        case .checklist:
            return validator.problems(in: try Loader.checklist(source), source: source)
        case .deployment:
            let manifest = try Loader.manifest(source)
            _ = try EvidenceLoader(vocabulary: validator.vocabulary).load(for: manifest)
        case .profile:
            let profile = try Loader.profile(source)
            _ = try AuditSetup(catalog: catalog).plan(checklist: nil, profile: source.path)
            _ = profile
        case .metrics:
            _ = try Loader.metrics(source, vocabulary: validator.vocabulary)
        case .references:
            let registry = try Loader.references(source)
            return RegistryChecks.duplicates(registry.references.map(\.id), in: source,
                                             kind: "reference")
        case .metricCategories:
            let vocabulary = try Loader.vocabulary(source)
            return RegistryChecks.duplicates(vocabulary.categories.map(\.id), in: source,
                                             kind: "metric category")
        }
        return []
    }
}

/// Checks shared by the registries.
enum RegistryChecks {
    static func duplicates(_ ids: [String], in source: SourceFile, kind: String) -> [Diagnostic] {
        var seen: Set<String> = []
        return ids.filter { !seen.insert($0).inserted }.map { id in
            let line = (1...).lazy.prefix(100_000).first { source.line($0)?.contains(id) != false } ?? 1
            return source.diagnostic(.duplicateID, "duplicate \(kind) id '\(id)'", line: line, column: 1)
        }
    }
}
