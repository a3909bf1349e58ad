/// The one-of-a-kind records at the head of a result — the tool, the deployment and the
/// checklist — written straight into bytes: boxed through their synthesized `encode(to:)`, the
/// three cost ≈ 60,000 instructions a result, a portfolio line's 1 %. `RecordTreeTests` checks
/// every member, optional ones set and absent.
extension ToolInfo: JSONDirectRecord {
    static let memberOrder = JSONMemberOrder(["name", "version"])

    func writeMember(_ index: Int, named name: JSONKeyText, to writer: inout CanonicalJSONWriter,
                     in object: inout CanonicalJSONWriter.Container, context: JSONEncodingContext) throws {
        writer.nextMember(name, in: &object)
        writer.writeString(index == 0 ? self.name : version)
    }
}

extension ChecklistSummary: JSONDirectRecord {
    static let memberOrder = JSONMemberOrder(["id", "version", "title", "profile"])

    func writeMember(_ index: Int, named name: JSONKeyText, to writer: inout CanonicalJSONWriter,
                     in object: inout CanonicalJSONWriter.Container, context: JSONEncodingContext) throws {
        switch index {
        case 0: writer.nextMember(name, in: &object); writer.writeString(id)
        case 1: writer.nextMember(name, in: &object); writer.writeString(version)
        case 2: writer.nextMember(name, in: &object); writer.writeString(title)
        default: writer.writeMember(name, profile, in: &object)
        }
    }
}

extension DeploymentIdentity: JSONDirectRecord {
    static let memberOrder = JSONMemberOrder(["id", "name", "version", "owner", "releaseDate", "markets"])

    func writeMember(_ index: Int, named name: JSONKeyText, to writer: inout CanonicalJSONWriter,
                     in object: inout CanonicalJSONWriter.Container, context: JSONEncodingContext) throws {
        switch index {
        case 0: writer.nextMember(name, in: &object); writer.writeString(id)
        case 1: writer.nextMember(name, in: &object); writer.writeString(self.name)
        case 2: writer.writeMember(name, version, in: &object)
        case 3: writer.writeMember(name, owner, in: &object)
        case 4: writer.writeMember(name, releaseDate?.description, in: &object)
        default: writer.nextMember(name, in: &object); try writer.writeStrings(markets, depth: object.depth)
        }
    }
}
