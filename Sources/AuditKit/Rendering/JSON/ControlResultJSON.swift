/// One control result written straight into the writer's bytes, with the members, names and
/// order of `ControlResult.encode(to:)` through `JSONTreeEncoder`: a result holds a hundred of
/// these, each with several reasons and locations, and building them as trees first cost as
/// much as writing them. `CanonicalJSONEncoderTests` compares the bytes with Foundation's for
/// every example result, compact and pretty.
struct ControlResultJSON: JSONDirectValue {
    typealias Key = ControlResult.CodingKeys

    let control: ControlResult
    /// The weight's JSON, made while the tree is built, so NaN fails where Foundation fails.
    let weight: JSONValue
    /// The provenance's tree, for the rare control a profile changed.
    let provenance: JSONValue?
    /// The members to write, in writing order, with their names.
    let members: [(key: Key, name: String)]

    func write(to writer: inout CanonicalJSONWriter, depth: Int) throws {
        var object = try writer.openContainer("{", depth: depth + 1)
        for (key, name) in members {
            try writeMember(key, name, to: &writer, in: &object)
        }
        writer.closeContainer("}")
    }

    private func writeMember(_ key: Key, _ name: String, to writer: inout CanonicalJSONWriter,
                             in object: inout CanonicalJSONWriter.Container) throws {
        let depth = object.depth
        switch key {
        case .id: writer.nextMember(name, in: &object); writer.writeString(control.id)
        case .title: writer.nextMember(name, in: &object); writer.writeString(control.title)
        case .requirement: writer.nextMember(name, in: &object); writer.writeString(control.requirement)
        case .area: writer.nextMember(name, in: &object); writer.writeString(control.area.rawValue)
        case .severity: writer.nextMember(name, in: &object); writer.writeString(control.severity.rawValue)
        case .weight: writer.nextMember(name, in: &object); try writer.write(weight, depth: depth)
        case .outcome: writer.nextMember(name, in: &object); writer.writeString(control.outcome.rawValue)
        case .waivedOutcome:
            guard let waived = control.waivedOutcome else { return }
            writer.nextMember(name, in: &object); writer.writeString(waived.rawValue)
        case .reasons:
            writer.nextMember(name, in: &object)
            try Self.write(control.reasons, to: &writer, depth: depth)
        case .location, .checklistLocation:
            guard let location = key == .location ? control.location : control.checklistLocation
            else { return }
            writer.nextMember(name, in: &object)
            try Self.write(location, to: &writer, depth: depth)
        case .evidence, .refs:
            writer.nextMember(name, in: &object)
            try Self.write(key == .evidence ? control.evidence : control.refs, to: &writer, depth: depth)
        case .evidenceBacked:
            writer.nextMember(name, in: &object); writer.append(control.evidenceBacked ? "true" : "false")
        case .rationale: writer.nextMember(name, in: &object); writer.writeString(control.rationale)
        case .remediation: writer.nextMember(name, in: &object); writer.writeString(control.remediation)
        case .confidence:
            guard let confidence = control.confidence else { return }
            writer.nextMember(name, in: &object); writer.writeString(confidence.rawValue)
        case .provenance:
            guard let provenance else { return }
            writer.nextMember(name, in: &object)
            try writer.write(provenance, depth: depth)
        }
    }

    /// `{"location":…,"message":…}` for each reason, the location only when there is one.
    private static func write(_ reasons: [Reason], to writer: inout CanonicalJSONWriter,
                              depth: Int) throws {
        var array = try writer.openContainer("[", depth: depth + 1)
        for reason in reasons {
            writer.nextItem(in: &array)
            var object = try writer.openContainer("{", depth: depth + 2)
            if let location = reason.location {
                writer.nextMember("location", in: &object)
                try write(location, to: &writer, depth: depth + 2)
            }
            writer.nextMember("message", in: &object)
            writer.append("\"")
            reason.text.forEachPart { writer.writeStringContents($0) }
            writer.append("\"")
            writer.closeContainer("}")
        }
        writer.closeContainer("]")
    }

    /// `{"column":…,"file":…,"line":…}`; on one line in a few appends, as a result has hundreds.
    private static func write(_ location: SourceLocation, to writer: inout CanonicalJSONWriter,
                              depth: Int) throws {
        if !writer.prettyPrinted, depth + 1 < CanonicalJSONWriter.maximumDepth {
            writer.append("{\"column\":")
            writer.writeInteger(location.column)
            writer.append(",\"file\":")
            writer.writeString(location.file)
            writer.append(",\"line\":")
            writer.writeInteger(location.line)
            writer.append("}")
            return
        }
        var object = try writer.openContainer("{", depth: depth + 1)
        writer.nextMember("column", in: &object)
        writer.writeInteger(location.column)
        writer.nextMember("file", in: &object)
        writer.writeString(location.file)
        writer.nextMember("line", in: &object)
        writer.writeInteger(location.line)
        writer.closeContainer("}")
    }

    private static func write(_ strings: [String], to writer: inout CanonicalJSONWriter,
                              depth: Int) throws {
        var array = try writer.openContainer("[", depth: depth + 1)
        for string in strings {
            writer.nextItem(in: &array)
            writer.writeString(string)
        }
        writer.closeContainer("]")
    }
}
