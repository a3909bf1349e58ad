/// Semantic checks on a schema-valid manifest: id syntax, unique evidence ids, one waiver per
/// control, and fields that name evidence entries that exist.
enum ManifestChecks {
    /// Longest deployment id: with the longest report suffix (`.json.sig`, `.junit.xml`) it
    /// leaves a file name far below the 255 bytes file systems allow.
    static let maximumIDLength = 100

    static func problems(in manifest: DeploymentManifest, source: SourceFile) -> [Diagnostic] {
        var found: [Diagnostic] = []
        let report = { (code: Diagnostic.Code, message: String, at: SourceLocation) in
            found.append(source.diagnostic(code, message, line: at.line, column: at.column))
        }
        if let node = manifest.root["deployment"]?["id"] {
            let id = manifest.identity.id
            if !IDSyntax.isKebab(id) {
                report(.invalidValue, "deployment.id '\(id)' must be lower-case kebab-case, e.g. acme-imagine",
                       node.location)
            } else if id.utf8.count > maximumIDLength {
                report(.invalidValue, "deployment.id is \(id.utf8.count) characters long; at most "
                       + "\(maximumIDLength), since reports are named after it", node.location)
            }
        }
        var ids: Set<String> = []
        for entry in manifest.evidence where !ids.insert(entry.id).inserted {
            report(.duplicateID, "duplicate evidence id '\(entry.id)'", entry.location)
        }
        var waived: [String: SourceLocation] = [:]
        for waiver in manifest.waivers {
            guard let first = waived[waiver.control] else { waived[waiver.control] = waiver.location; continue }
            report(.duplicateID, "a second waiver for control '\(waiver.control)' (the first is on line "
                   + "\(first.line)): one control takes one waiver; keep the one that applies", waiver.location)
        }
        for (path, node) in evidenceReferences(in: manifest.root) {
            if case .text(let id) = node.value, !ids.contains(id) {
                let hint = Spelling.closest(to: id, among: ids.sorted()).map { "; did you mean '\($0)'?" }
                report(.unknownReference, "\(path) names evidence '\(id)', which the evidence list "
                       + "does not have\(hint ?? "")", node.location)
            }
        }
        return found
    }

    /// Every manifest value whose schema type is an evidence reference, with its dotted path.
    private static func evidenceReferences(in root: ManifestNode) -> [(String, ManifestNode)] {
        var found: [(String, ManifestNode)] = []
        var trail: [String] = []
        collectReferences(in: root, type: manifestReferences, trail: &trail, into: &found)
        return found
    }

    /// The manifest schema cut down to the fields that are or lead to evidence references (one,
    /// today, of the hundred-odd), so the walk skips every part of a manifest that cannot hold one.
    private static let manifestReferences = pruned(DeploymentSchema.root) ?? .object([])

    /// The fields of `type` that are or lead to evidence references; nil when none do.
    private static func pruned(_ type: FieldType) -> FieldType? {
        switch type {
        case .evidenceReference:
            return type
        case .list(let element):
            return pruned(element).map(FieldType.list)
        case .object(let fields):
            let kept = fields.compactMap { field in
                pruned(field.type).map { FieldSpec(field.name, $0, required: field.required) }
            }
            return kept.isEmpty ? nil : .object(kept)
        default:
            return nil
        }
    }

    /// Walks the tree with one path stack and one result array, instead of new arrays at
    /// every node.
    private static func collectReferences(in node: ManifestNode, type: FieldType,
                                          trail: inout [String],
                                          into found: inout [(String, ManifestNode)]) {
        switch (type, node.value) {
        case (.evidenceReference, _):
            found.append((trail.joined(separator: "."), node))
        case (.object(let fields), .object(let pairs)):
            for pair in pairs {
                guard let field = fields.first(where: { $0.name == pair.key }) else { continue }
                trail.append(pair.key)
                collectReferences(in: pair.node, type: field.type, trail: &trail, into: &found)
                trail.removeLast()
            }
        case (.list(let element), .list(let items)):
            for item in items {
                collectReferences(in: item, type: element, trail: &trail, into: &found)
            }
        default:
            return
        }
    }
}
