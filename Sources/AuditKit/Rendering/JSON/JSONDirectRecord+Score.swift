/// A result's score and its breakdown lines (≈ 20 a result) written straight into bytes, with
/// the members of their synthesized `encode(to:)` (`CodingKeys.allCases` is declaration order).
extension ScoreSummary: JSONDirectRecord {
    static let memberOrder = JSONMemberOrder(CodingKeys.allCases.map(\.stringValue))

    func writeMember(_ index: Int, named name: JSONKeyText, to writer: inout CanonicalJSONWriter,
                     in object: inout CanonicalJSONWriter.Container, context: JSONEncodingContext) throws {
        switch index {
        case 0, 1, 2:
            guard let number = index == 0 ? overall : index == 1 ? withoutWaivers : evidenceCoverage else { return }
            writer.nextMember(name, in: &object); try writer.writeNumber(number)
        case 3, 4:
            writer.nextMember(name, in: &object)
            try JSONDirectRecords(index == 3 ? byRequirement : byArea, isList: true, in: context)
                .write(to: &writer, depth: object.depth)
        default: writer.nextMember(name, in: &object); writer.writeString(formula)
        }
    }
}

extension ScoreSummary.Line: JSONDirectRecord {
    static let memberOrder = JSONMemberOrder(CodingKeys.allCases.map(\.stringValue))

    func writeMember(_ index: Int, named name: JSONKeyText, to writer: inout CanonicalJSONWriter,
                     in object: inout CanonicalJSONWriter.Container, context: JSONEncodingContext) throws {
        switch index {
        case 0: writer.nextMember(name, in: &object); writer.writeString(id)
        case 1: writer.nextMember(name, in: &object); writer.writeString(title)
        case 2:
            guard let score else { return }
            writer.nextMember(name, in: &object); try writer.writeNumber(score)
        case 3: writer.nextMember(name, in: &object); try writer.writeNumber(credit)
        case 4: writer.nextMember(name, in: &object); try writer.writeNumber(weight)
        default: writer.nextMember(name, in: &object); writer.writeInteger(controls)
        }
    }
}
