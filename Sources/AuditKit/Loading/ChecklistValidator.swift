/// Semantic checks on a decoded checklist: unique ids, known requirements and references,
/// and conditions that make sense against the manifest schema and metric vocabulary.
///
/// Returns every problem found, so `safeguard lint` can show them all at once.
public struct ChecklistValidator: Sendable {
    /// Known references; nil skips the check.
    public let references: ReferenceRegistry?
    /// Known metric categories; nil skips the check.
    public let vocabulary: MetricVocabulary?

    /// Creates a validator.
    public init(references: ReferenceRegistry?, vocabulary: MetricVocabulary?) {
        self.references = references
        self.vocabulary = vocabulary
    }

    /// All problems with `checklist`, in file order.
    public func problems(in checklist: Checklist, source: SourceFile) -> [Diagnostic] {
        var found: [Diagnostic] = []
        let report = { (code: Diagnostic.Code, message: String, at: SourceLocation?) in
            let location = at ?? SourceLocation(file: source.path, line: 1, column: 1)
            found.append(source.diagnostic(code, message, line: location.line, column: location.column))
        }
        checkControls(checklist, report)
        let conditions = ConditionChecker(hasRiskModel: checklist.riskModel != nil,
                                          vocabulary: vocabulary, report: report)
        for factor in checklist.riskModel?.factors ?? [] {
            conditions.check(factor.when, against: DeploymentSchema.root)
        }
        for control in checklist.controls {
            control.applies.map { conditions.check($0, against: DeploymentSchema.root) }
            conditions.check(control.require, against: DeploymentSchema.root)
        }
        if let tiers = checklist.riskModel?.tiers,
           !(0 < tiers.moderate && tiers.moderate < tiers.high && tiers.high < tiers.severe
             && tiers.severe <= 100) {
            report(.invalidValue, "risk tiers must rise: 0 < moderate < high < severe ≤ 100",
                   checklist.riskModel?.location)
        }
        return found.sorted { ($0.location ?? .init(file: "", line: 0, column: 0))
            < ($1.location ?? .init(file: "", line: 0, column: 0)) }
    }

    private func checkControls(_ checklist: Checklist,
                               _ report: (Diagnostic.Code, String, SourceLocation?) -> Void) {
        var requirementIDs: Set<String> = []
        for requirement in checklist.requirements {
            if !requirementIDs.insert(requirement.id).inserted {
                report(.duplicateID, "duplicate requirement id '\(requirement.id)'",
                       requirement.location)
            }
            checkRefs(requirement.refs, owner: "requirement \(requirement.id)",
                      requirement.location, report)
        }
        var seen: [String: SourceLocation?] = [:]
        for control in checklist.controls {
            if let first = seen[control.id] {
                report(.duplicateID, "duplicate control id '\(control.id)' (first defined at "
                       + "\(first.map { "line \($0.line)" } ?? "an earlier control"))", control.location)
            }
            seen[control.id] = control.location
            if !IDSyntax.isControlID(control.id) {
                report(.invalidValue, "control id '\(control.id)' must be upper-case words and "
                       + "numbers joined by '-', e.g. MLR-01", control.location)
            }
            if !requirementIDs.contains(control.requirement) {
                report(.unknownReference, "control \(control.id) names requirement "
                       + "'\(control.requirement)', which the checklist does not define",
                       control.location)
            }
            if let weight = control.weight, !(weight > 0 && weight <= 100) {
                report(.invalidValue, "control \(control.id): weight must be above 0 and at most 100",
                       control.location)
            }
            checkRefs(control.refs, owner: "control \(control.id)", control.location, report)
        }
    }

    private func checkRefs(_ refs: [String], owner: String, _ location: SourceLocation?,
                           _ report: (Diagnostic.Code, String, SourceLocation?) -> Void) {
        guard let references else { return }
        for ref in refs where references.reference(ref) == nil {
            let known = references.references.map(\.id)
            let hint = Spelling.hint(for: ref, among: known)
            report(.unknownReference, "\(owner) cites '\(ref)', which is not in the reference "
                   + "registry\(hint)", location)
        }
    }
}

/// Lexical rules for ids.
enum IDSyntax {
    /// `MLR-01`, `TSD-DEV-01`.
    static func isControlID(_ id: String) -> Bool {
        let parts = id.split(separator: "-", omittingEmptySubsequences: false)
        return parts.count >= 2 && parts.allSatisfy { part in
            !part.isEmpty && part.allSatisfy { $0.isASCII && ($0.isUppercase || $0.isNumber) }
        }
    }

    /// `acme-imagine`, `unicef-ai-children-3.0`.
    static func isKebab(_ id: String) -> Bool {
        !id.isEmpty && id.first?.isLetter == true && id.allSatisfy {
            $0.isASCII && ($0.isLowercase || $0.isNumber || $0 == "-" || $0 == "." || $0 == "_")
        }
    }
}
