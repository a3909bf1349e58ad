/// Control results written straight into the writer's bytes, with the members, names and
/// order of `ControlResult.encode(to:)` through `JSONTreeEncoder`: a result holds a hundred of
/// these, each with several reasons and locations, and building them as trees first cost as
/// much as writing them. The whole list is one value, so no control is copied (a copy retains
/// a dozen strings and arrays). `CanonicalJSONEncoderTests` compares the bytes with
/// Foundation's for every example result, compact and pretty. Whoever makes one has checked
/// that every weight is finite, so NaN fails where Foundation fails (`writeNumber` would
/// throw too, but without the coding path).
struct ControlResultJSON: JSONDirectValue {
    typealias Key = ControlResult.CodingKeys

    let controls: [ControlResult]
    /// Each control's provenance tree, for the rare control a profile changed.
    let provenances: [JSONValue?]
    /// The members to write, in writing order, with their names.
    let members: [(key: Key, name: JSONKeyText)]
    /// Written as an array of controls; otherwise `controls` holds the one control to write.
    let isList: Bool
    /// Whether `members` is the process's compact snake_case order, whose fixed members are
    /// copied from `ControlFragmentsCache` when the text is compact.
    let usesFragments: Bool

    func write(to writer: inout CanonicalJSONWriter, depth: Int) throws {
        // Each control is read in place through the buffer: `controls[i]` would copy it.
        try controls.withUnsafeBufferPointer { buffer in
            if !isList, let only = buffer.baseAddress {
                return try writeControl(only, at: 0, to: &writer, depth: depth)
            }
            let copying = usesFragments && !writer.prettyPrinted
            let fragments = copying ? ControlFragmentsCache.shared.current : nil
            var unmatched = 0
            var array = try writer.openContainer("[", depth: depth + 1)
            for index in buffer.indices {
                writer.nextItem(in: &array)
                // `indices` is empty when the buffer has no address.
                let control = buffer.baseAddress.unsafelyUnwrapped + index
                if let fragments, fragments.matches(index, control) {
                    try writeControl(control, at: index, using: fragments, to: &writer, depth: depth + 1)
                } else {
                    unmatched += 1
                    try writeControl(control, at: index, to: &writer, depth: depth + 1)
                }
            }
            writer.closeContainer("]")
            if copying && unmatched > 0 { keepFragments(of: buffer) }
        }
    }

    /// Makes and keeps the fragments of `controls`, for the lines after this one.
    private func keepFragments(of controls: UnsafeBufferPointer<ControlResult>) {
        ControlFragmentsCache.shared.keep(Self.fragments(of: controls, members: members))
    }

    /// The fragments of `controls` written with `members`, whose fixed members are written here
    /// as they are written without fragments.
    static func fragments(of controls: UnsafeBufferPointer<ControlResult>,
                          members: [(key: Key, name: JSONKeyText)]) -> ControlFragments? {
        let writing = ControlResultJSON(controls: [], provenances: [], members: members, isList: true,
                                        usesFragments: false)
        return ControlFragments(controls: controls, members: members) { key, name, control, writer, object in
            // Fixed members are plain strings and numbers: nothing in them throws.
            try? writing.writeMember(key, name, of: control, at: 0, to: &writer, in: &object)
        }
    }

    /// `control` with its fixed members copied from `fragments`, whose control `index` it matches.
    private func writeControl(_ control: UnsafePointer<ControlResult>, at index: Int, using fragments: ControlFragments,
                              to writer: inout CanonicalJSONWriter, depth: Int) throws {
        var object = try writer.openContainer("{", depth: depth + 1)
        try fragments.runs.withUnsafeBufferPointer { runs in
            var run = index * fragments.runCount
            for step in fragments.steps {
                switch step {
                case .member(let key, let name):
                    try writeMember(key, name, of: control, at: index, to: &writer, in: &object)
                case .run:
                    writer.appendBytes(runs[run].utf8)
                    object.markItemsWritten()
                    run += 1
                }
            }
        }
        writer.closeContainer("}")
    }

    private func writeControl(_ control: UnsafePointer<ControlResult>, at index: Int,
                              to writer: inout CanonicalJSONWriter, depth: Int) throws {
        var object = try writer.openContainer("{", depth: depth + 1)
        for (key, name) in members {
            try writeMember(key, name, of: control, at: index, to: &writer, in: &object)
        }
        writer.closeContainer("}")
    }

    private func writeMember(_ key: Key, _ name: JSONKeyText, of control: UnsafePointer<ControlResult>,
                             at index: Int, to writer: inout CanonicalJSONWriter,
                             in object: inout CanonicalJSONWriter.Container) throws {
        let depth = object.depth
        switch key {
        case .id: writer.nextMember(name, in: &object); writer.writeString(control.pointee.id)
        case .title: writer.nextMember(name, in: &object); writer.writeString(control.pointee.title)
        case .requirement: writer.nextMember(name, in: &object); writer.writeString(control.pointee.requirement)
        case .area: writer.nextMember(name, in: &object); writer.writeString(control.pointee.area.rawValue)
        case .severity: writer.nextMember(name, in: &object); writer.writeString(control.pointee.severity.rawValue)
        case .weight: writer.nextMember(name, in: &object); try writer.writeNumber(control.pointee.weight)
        case .outcome: writer.nextMember(name, in: &object); writer.writeString(control.pointee.outcome.rawValue)
        case .waivedOutcome:
            guard let waived = control.pointee.waivedOutcome else { return }
            writer.nextMember(name, in: &object); writer.writeString(waived.rawValue)
        case .reasons:
            writer.nextMember(name, in: &object)
            try writer.writeReasons(control.pointee.reasons, depth: depth)
        case .location, .checklistLocation:
            let location = key == .location ? control.pointee.location
                : control.pointee.checklistLocation
            guard let location else { return }
            writer.nextMember(name, in: &object)
            try writer.writeLocation(location, depth: depth)
        case .evidence, .refs:
            writer.nextMember(name, in: &object)
            let strings = key == .evidence ? control.pointee.evidence : control.pointee.refs
            try writer.writeStrings(strings, depth: depth)
        case .evidenceBacked:
            writer.nextMember(name, in: &object); writer.append(control.pointee.evidenceBacked ? "true" : "false")
        case .rationale: writer.nextMember(name, in: &object); writer.writeString(control.pointee.rationale)
        case .remediation: writer.nextMember(name, in: &object); writer.writeString(control.pointee.remediation)
        case .confidence:
            guard let confidence = control.pointee.confidence else { return }
            writer.nextMember(name, in: &object); writer.writeString(confidence.rawValue)
        case .provenance:
            // Most controls have none: checking first skips copying the tree's optional.
            guard case .some = control.pointee.provenance, let provenance = provenances[index] else { return }
            writer.nextMember(name, in: &object)
            try writer.write(provenance, depth: depth)
        }
    }
}
