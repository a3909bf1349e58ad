/// Measurements, evidence records, inputs and risk factors written straight into bytes. Each
/// `memberOrder` lists the properties in declaration order; `writeMember` takes them by that
/// index. `RecordTreeTests` checks every member, optional ones set and absent.
extension MeasurementRecord: JSONDirectRecord {
    static let memberOrder = JSONMemberOrder(
        ["category", "evidence", "tool", "n", "passes", "rate", "lowerBound", "collected"])

    func writeMember(_ index: Int, named name: JSONKeyText, to writer: inout CanonicalJSONWriter,
                     in object: inout CanonicalJSONWriter.Container, context: JSONEncodingContext) throws {
        switch index {
        case 0: writer.nextMember(name, in: &object); writer.writeString(category)
        case 1: writer.nextMember(name, in: &object); writer.writeString(evidence)
        case 2: writer.writeMember(name, tool, in: &object)
        case 3: writer.nextMember(name, in: &object); writer.writeInteger(n)
        case 4: writer.nextMember(name, in: &object); writer.writeInteger(passes)
        case 5: writer.nextMember(name, in: &object); try writer.writeNumber(rate)
        case 6: writer.nextMember(name, in: &object); try writer.writeNumber(lowerBound)
        default: writer.nextMember(name, in: &object); writer.writeString(collected.description)
        }
    }
}

extension EvidenceRecord: JSONDirectRecord {
    static let memberOrder = JSONMemberOrder(
        ["id", "kind", "format", "path", "collected", "maxAgeDays", "sha256", "problem", "location"])

    func writeMember(_ index: Int, named name: JSONKeyText, to writer: inout CanonicalJSONWriter,
                     in object: inout CanonicalJSONWriter.Container, context: JSONEncodingContext) throws {
        switch index {
        case 0: writer.nextMember(name, in: &object); writer.writeString(id)
        case 1: writer.nextMember(name, in: &object); writer.writeString(kind.rawValue)
        case 2: writer.writeMember(name, format?.rawValue, in: &object)
        case 3: writer.nextMember(name, in: &object); writer.writeString(path)
        case 4: writer.writeMember(name, collected?.description, in: &object)
        case 5: writer.nextMember(name, in: &object); writer.writeInteger(maxAgeDays)
        case 6: writer.nextMember(name, in: &object); writer.writeString(sha256)
        case 7: writer.writeMember(name, problem, in: &object)
        default: writer.nextMember(name, in: &object); try writer.writeLocation(location, depth: object.depth)
        }
    }
}

extension InputFile: JSONDirectRecord {
    static let memberOrder = JSONMemberOrder(["role", "path", "sha256"])

    func writeMember(_ index: Int, named name: JSONKeyText, to writer: inout CanonicalJSONWriter,
                     in object: inout CanonicalJSONWriter.Container, context: JSONEncodingContext) throws {
        writer.nextMember(name, in: &object)
        switch index {
        case 0: writer.writeString(role.rawValue)
        case 1: writer.writeString(path)
        default: writer.writeString(sha256)
        }
    }
}

extension Exposure.FactorResult: JSONDirectRecord {
    static let memberOrder = JSONMemberOrder(["id", "points", "status", "reason", "evidence"])

    func writeMember(_ index: Int, named name: JSONKeyText, to writer: inout CanonicalJSONWriter,
                     in object: inout CanonicalJSONWriter.Container, context: JSONEncodingContext) throws {
        writer.nextMember(name, in: &object)
        switch index {
        case 0: writer.writeString(id)
        case 1: writer.writeInteger(points)
        case 2: writer.writeString(status.rawValue)
        case 3: writer.writeString(reason)
        default: try writer.writeReasons(evidence, depth: object.depth)
        }
    }
}
