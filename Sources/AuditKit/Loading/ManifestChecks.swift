/// Semantic checks on a schema-valid manifest: id syntax, unique evidence and filter ids, one
/// waiver per control and its dates in order, EU listed with its member states, and fields that
/// name evidence entries that exist.
enum ManifestChecks {
    /// Longest deployment id: with the longest report suffix (`.json.sig`, `.junit.xml`) it
    /// leaves a file name far below the 255 bytes file systems allow.
    static let maximumIDLength = 100

    /// One problem found: what kind, the message and where.
    typealias Problem = (code: Diagnostic.Code, message: String, at: SourceLocation)

    static func problems(in manifest: DeploymentManifest, source: SourceFile) -> [Diagnostic] {
        let (ids, duplicates) = evidenceIDs(manifest)
        let found = idProblems(manifest) + duplicates + duplicateFilters(manifest)
            + duplicateWaivers(manifest) + invertedWaivers(manifest) + memberStatesWithoutEU(manifest)
            + danglingReferences(manifest, evidence: ids)
        return found.map { source.diagnostic($0.code, $0.message, line: $0.at.line, column: $0.at.column) }
    }

    private static func idProblems(_ manifest: DeploymentManifest) -> [Problem] {
        guard let node = manifest.root["deployment"]?["id"] else { return [] }
        let id = manifest.identity.id
        if !IDSyntax.isKebab(id) {
            return [(.invalidValue, "deployment.id '\(id)' must be lower-case kebab-case, e.g. acme-imagine", node.location)]
        }
        guard id.utf8.count > maximumIDLength else { return [] }
        return [(.invalidValue, "deployment.id is \(id.utf8.count) characters long; at most \(maximumIDLength), "
                 + "since reports are named after it", node.location)]
    }

    /// The evidence ids, and an error for each one taken twice.
    private static func evidenceIDs(_ manifest: DeploymentManifest) -> (Set<String>, [Problem]) {
        var ids = Set<String>(minimumCapacity: manifest.evidence.count)
        let duplicates = manifest.evidence.filter { !ids.insert($0.id).inserted }
            .map { (Diagnostic.Code.duplicateID, "duplicate evidence id '\($0.id)'", $0.location) }
        return (ids, duplicates)
    }

    /// Filter ids are unique within each list; one service may filter both prompts and outputs.
    /// A list holds a handful, so each id is compared with those before it: hashing them into a
    /// set cost ≈ 19 k instructions a manifest. Past `pairwiseUpTo` ids, a set it is.
    private static func duplicateFilters(_ manifest: DeploymentManifest) -> [Problem] {
        guard let safeguards = manifest.root["safeguards"] else { return [] }
        var found: [Problem] = []
        for list in ["input_filters", "output_filters"] {
            let ids = safeguards.list(list).compactMap { filter -> (String, SourceLocation)? in
                guard let id = filter["id"], case .text(let text) = id.value else { return nil }
                return (text, id.location)
            }
            for index in repeatedIndexes(ids.map(\.0)) {
                found.append((.duplicateID, "duplicate filter id '\(ids[index].0)' in safeguards.\(list)", ids[index].1))
            }
        }
        return found
    }

    static let pairwiseUpTo = 32

    /// The indexes of `ids` whose id came earlier in the list.
    static func repeatedIndexes(_ ids: [String]) -> [Int] {
        if ids.count <= pairwiseUpTo {
            return ids.indices.filter { index in ids[..<index].contains(ids[index]) }
        }
        var seen = Set<String>(minimumCapacity: ids.count)
        return ids.indices.filter { !seen.insert(ids[$0]).inserted }
    }

    private static func duplicateWaivers(_ manifest: DeploymentManifest) -> [Problem] {
        var first: [String: SourceLocation] = [:]
        return manifest.waivers.compactMap { waiver in
            guard let earlier = first[waiver.control] else { first[waiver.control] = waiver.location; return nil }
            return (.duplicateID, "a second waiver for control '\(waiver.control)' (the first is on line "
                    + "\(earlier.line)): one control takes one waiver; keep the one that applies", waiver.location)
        }
    }

    /// A market in the EU listed without `EU` would leave out every control for EU markets.
    private static func memberStatesWithoutEU(_ manifest: DeploymentManifest) -> [Problem] {
        let markets = manifest.root["deployment"]?.list("markets") ?? []
        guard !markets.contains(where: { $0.value == .text("EU") }) else { return [] }
        guard let member = markets.first(where: {
            if case .text(let code) = $0.value { MarketCode.euMemberStates.contains(code) } else { false }
        }), case .text(let code) = member.value else { return [] }
        return [(.invalidValue, "deployment.markets lists \(code), a member state of the EU, but not EU: add "
                 + "EU, so that the controls for EU markets apply", member.location)]
    }

    /// A waiver that expires before the day it was approved never applies on any day: one of
    /// its dates is a slip.
    private static func invertedWaivers(_ manifest: DeploymentManifest) -> [Problem] {
        zip(manifest.waivers, manifest.root.list("waivers")).compactMap { waiver, node in
            guard waiver.expires < waiver.approvedOn else { return nil }
            return (.invalidValue, "waiver for control '\(waiver.control)' expires on \(waiver.expires), "
                    + "before it was approved (\(waiver.approvedOn))", node["expires"]?.location ?? waiver.location)
        }
    }

    private static func danglingReferences(_ manifest: DeploymentManifest, evidence ids: Set<String>) -> [Problem] {
        evidenceReferences(in: manifest.root).compactMap { path, node in
            guard case .text(let id) = node.value, !ids.contains(id) else { return nil }
            return (.unknownReference, "\(path) names evidence '\(id)', which the evidence list "
                    + "does not have" + Spelling.hint(for: id, among: ids.sorted()), node.location)
        }
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
