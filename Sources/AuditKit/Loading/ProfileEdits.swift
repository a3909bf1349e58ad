/// A profile's own changes to what it extends: local requirements and controls, skips and
/// overrides, each checked against the controls that exist.
struct ProfileEdits {
    let profile: Profile
    let source: SourceFile
    let validator: ChecklistValidator

    /// - Throws: `Diagnostic` at the entry at fault.
    func apply(to composition: inout ProfileComposition) throws {
        for requirement in profile.requirements where composition.requirements.contains(where: { $0.id == requirement.id }) {
            throw fail(.duplicateID, "requirement \(requirement.id) already exists", requirement.location)
        }
        composition.requirements += profile.requirements
        try addLocalControls(to: &composition)
        let skippedAt = try applySkips(to: &composition)
        try applyOverrides(to: &composition, skippedAt: skippedAt)
    }

    /// Removes each skipped control; returns where each skip is written.
    private func applySkips(to composition: inout ProfileComposition) throws -> [String: SourceLocation?] {
        var skippedAt: [String: SourceLocation?] = [:]
        for skip in profile.skip {
            if let earlier = skippedAt[skip.control] {
                throw fail(.duplicateID, "control '\(skip.control)' is skipped twice (first on line "
                           + "\(Self.line(earlier))); keep one skip", skip.location)
            }
            let index = try find(skip.control, in: composition, at: skip.location)
            let control = composition.controls.remove(at: index)
            composition.skipped.append(SkippedControl(id: control.id, title: control.title,
                                                      profile: profile.id, reason: skip.reason))
            skippedAt[skip.control] = skip.location
        }
        return skippedAt
    }

    /// Applies each override. Two for one control, or one for a control skipped here, would
    /// leave unsaid which change counts, so both are errors.
    private func applyOverrides(to composition: inout ProfileComposition,
                                skippedAt: [String: SourceLocation?]) throws {
        var overriddenAt: [String: SourceLocation?] = [:]
        for change in profile.override {
            if let earlier = overriddenAt[change.control] {
                throw fail(.duplicateID, "a second override for control '\(change.control)' (the first is on "
                           + "line \(Self.line(earlier))); put both changes in one", change.location)
            }
            if let skip = skippedAt[change.control] {
                throw fail(.invalidValue, "control '\(change.control)' is skipped on line \(Self.line(skip)) of "
                           + "this profile, so there is nothing to override", change.location)
            }
            let index = try find(change.control, in: composition, at: change.location)
            apply(change, to: &composition.controls[index])
            overriddenAt[change.control] = change.location
        }
    }

    private static func line(_ location: SourceLocation?) -> String {
        location.map { String($0.line) } ?? "?"
    }

    private func addLocalControls(to composition: inout ProfileComposition) throws {
        let local = Checklist(id: profile.id, version: "", title: profile.title, framework: nil,
                              requirements: composition.requirements, riskModel: composition.riskModel,
                              controls: profile.controls, origin: .init(path: source.path, sha256: ""))
        let problems = validator.problems(in: local, source: source)
        guard problems.isEmpty else { throw Diagnostics(problems) }
        for var control in profile.controls {
            if composition.controls.contains(where: { $0.id == control.id }) {
                throw fail(.duplicateID, "control \(control.id) already exists in what this profile "
                           + "extends; give the local control its own id", control.location)
            }
            control.provenance = ControlProvenance(origin: .local, source: profile.id)
            composition.controls.append(control)
        }
    }

    private func apply(_ change: ProfileOverride, to control: inout Control) {
        var notes: [String] = []
        if let severity = change.severity, severity != control.severity {
            notes.append("severity \(control.severity.rawValue) → \(severity.rawValue)")
            control.severity = severity
        }
        if let weight = change.weight {
            notes.append("weight \(control.effectiveWeight.formatted(maxFractionDigits: 2)) → "
                         + weight.formatted(maxFractionDigits: 2))
            control.weight = weight
        }
        var provenance = control.provenance ?? ControlProvenance(origin: .inherited, source: profile.id)
        if provenance.origin == .inherited { provenance.origin = .modified }
        provenance.changes.append(notes.joined(separator: ", ") + " by \(profile.id)"
                                  + (change.reason.map { ": \($0)" } ?? ""))
        control.provenance = provenance
    }

    private func find(_ id: String, in composition: ProfileComposition, at location: SourceLocation?) throws -> Int {
        if let index = composition.controls.firstIndex(where: { $0.id == id }) { return index }
        let hint = Spelling.hint(for: id, among: composition.controls.map(\.id))
        throw fail(.unknownReference, "no control '\(id)' in what this profile extends\(hint)", location)
    }

    private func fail(_ code: Diagnostic.Code, _ message: String, _ location: SourceLocation?) -> Diagnostic {
        let at = location ?? SourceLocation(file: source.path, line: 1, column: 1)
        return source.diagnostic(code, message, line: at.line, column: at.column)
    }
}
