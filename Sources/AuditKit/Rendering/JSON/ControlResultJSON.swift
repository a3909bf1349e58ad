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

    func write(to writer: inout CanonicalJSONWriter, depth: Int) throws {
        // Each control is read in place through the buffer: `controls[i]` would copy it.
        try controls.withUnsafeBufferPointer { buffer in
            if !isList, let only = buffer.baseAddress {
                return try writeControl(only, at: 0, to: &writer, depth: depth)
            }
            var array = try writer.openContainer("[", depth: depth + 1)
            for index in buffer.indices {
                writer.nextItem(in: &array)
                // `indices` is empty when the buffer has no address.
                try writeControl(buffer.baseAddress.unsafelyUnwrapped + index, at: index,
                                 to: &writer, depth: depth + 1)
            }
            writer.closeContainer("]")
        }
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
            guard let provenance = provenances[index] else { return }
            writer.nextMember(name, in: &object)
            try writer.write(provenance, depth: depth)
        }
    }
}
