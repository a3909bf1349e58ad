import Foundation

/// The members of compact controls that their checklist decides — id, requirement, area,
/// severity and weight — written once and then copied into every line that has the same
/// controls: a portfolio writes one checklist's hundred controls into each of its lines, and
/// writing these members each time (the names, escaping the values, the weight's digits) was
/// ≈ 3.5 % of a portfolio manifest's instructions.
///
/// Members next to one another in writing order form one run, written with the separator
/// before it; the other members (outcome, reasons, locations, evidence…) are written as usual
/// between the runs. A control's runs are used only while the control still has every value
/// they were written from (`matches`): any other control — another checklist's, or one a
/// profile gave another weight — has all its members written as usual. The runs' bytes are
/// interned as file names are (`FileName`), so copying one retains nothing, and they are never
/// freed: one set per distinct control written.
final class ControlFragments: Sendable {
    typealias Key = ControlResult.CodingKeys

    /// The members a checklist decides, in a compact control.
    static let fixedKeys: Set<Key> = [.id, .requirement, .area, .severity, .weight]

    /// Members a control may leave out.
    static let optionalKeys: Set<Key> = [.waivedOutcome, .location, .checklistLocation, .confidence, .provenance]

    /// One step of writing a control.
    enum Step: Sendable {
        /// A member written as usual.
        case member(Key, JSONKeyText)
        /// The next run of fixed members, copied with the separator before it.
        case run
    }

    /// The values a control's runs were written from.
    struct Source: Sendable {
        let id: String
        let requirement: String
        let area: SafeguardArea
        let severity: Severity
        let weightBits: UInt64

        init(_ control: ControlResult) {
            (id, requirement, area, severity) = (control.id, control.requirement, control.area, control.severity)
            weightBits = control.weight.bitPattern
        }
    }

    /// The steps for every control, in writing order.
    let steps: [Step]
    /// How many runs a control has.
    let runCount: Int
    /// The values each control's runs were written from, by control.
    let sources: [Source]
    /// The runs' bytes: control `i`'s run `r` is at `i * runCount + r`.
    let runs: [FileName]

    /// The fragments of `controls`, whose members are written in the order of `members`;
    /// `write` writes one member of one control, as it is written without fragments. Nil when
    /// whether a run needs a separator before it depends on the control: when members that
    /// may be left out are all that come before the first run.
    init?(controls: UnsafeBufferPointer<ControlResult>, members: [(key: Key, name: JSONKeyText)],
         write: (Key, JSONKeyText, UnsafePointer<ControlResult>, inout CanonicalJSONWriter,
                 inout CanonicalJSONWriter.Container) -> Void) {
        let firstRun = members.firstIndex { Self.fixedKeys.contains($0.key) } ?? 0
        guard firstRun == 0 || members[..<firstRun].contains(where: { !Self.optionalKeys.contains($0.key) }) else {
            return nil
        }
        let (steps, grouped) = Self.plan(of: members)
        (self.steps, runCount) = (steps, grouped.count)
        sources = controls.map(Source.init)
        var runs: [FileName] = []
        runs.reserveCapacity(controls.count * grouped.count)
        for index in controls.indices {
            let control = controls.baseAddress.unsafelyUnwrapped + index
            for run in grouped {
                var writer = CanonicalJSONWriter(prettyPrinted: false, capacity: 128)
                var object = CanonicalJSONWriter.Container(depth: 1, hasItems: run.afterItems)
                for (key, name) in run.members { write(key, name, control, &writer, &object) }
                runs.append(writer.bytes.withUnsafeBufferPointer { FileName(entry: FileNameTable.shared.entry(for: $0)) })
            }
        }
        self.runs = runs
    }

    /// Whether control `index` of the controls these were made from had `control`'s values.
    @inline(__always)
    func matches(_ index: Int, _ control: UnsafePointer<ControlResult>) -> Bool {
        guard index < sources.count else { return false }
        return sources.withUnsafeBufferPointer { sources in
            let source = sources.baseAddress.unsafelyUnwrapped + index
            return source.pointee.weightBits == control.pointee.weight.bitPattern
                && source.pointee.area == control.pointee.area && source.pointee.severity == control.pointee.severity
                && source.pointee.id == control.pointee.id && source.pointee.requirement == control.pointee.requirement
        }
    }

    /// The writing steps of `members` (each run of fixed members once, where it starts), and
    /// the runs, each with whether members come before it.
    static func plan(of members: [(key: Key, name: JSONKeyText)])
        -> (steps: [Step], runs: [(afterItems: Bool, members: [(key: Key, name: JSONKeyText)])]) {
        var steps: [Step] = []
        var runs: [(afterItems: Bool, members: [(key: Key, name: JSONKeyText)])] = []
        for (offset, member) in members.enumerated() {
            guard fixedKeys.contains(member.key) else {
                steps.append(.member(member.key, member.name))
                continue
            }
            if offset == 0 || !fixedKeys.contains(members[offset - 1].key) {
                steps.append(.run)
                runs.append((offset > 0, []))
            }
            runs[runs.count - 1].members.append(member)
        }
        return (steps, runs)
    }
}
