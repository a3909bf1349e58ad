/// A result's gate verdict and social-integration exposure, with its tier thresholds, written
/// straight into bytes: boxed through their synthesized `encode(to:)`, they cost ≈ 90,000
/// instructions a result. `RecordTreeTests` checks every member, optional ones set and absent.
extension GateVerdict: JSONDirectRecord {
    static let memberOrder = JSONMemberOrder(
        ["passed", "failOn", "minScore", "reasons", "tierRule", "failOnRegression"])

    func writeMember(_ index: Int, named name: JSONKeyText, to writer: inout CanonicalJSONWriter,
                     in object: inout CanonicalJSONWriter.Container, context: JSONEncodingContext) throws {
        switch index {
        case 0: writer.nextMember(name, in: &object); writer.append(passed ? "true" : "false")
        case 1: writer.nextMember(name, in: &object); writer.writeString(failOn.rawValue)
        case 2:
            guard let minScore else { return }
            writer.nextMember(name, in: &object); try writer.writeNumber(minScore)
        case 3: writer.nextMember(name, in: &object); try writer.writeStrings(reasons, depth: object.depth)
        case 4: writer.writeMember(name, tierRule?.rawValue, in: &object)
        default:
            guard let failOnRegression else { return }
            writer.nextMember(name, in: &object); writer.append(failOnRegression ? "true" : "false")
        }
    }
}

extension Exposure: JSONDirectRecord {
    static let memberOrder = JSONMemberOrder(["score", "tier", "tiers", "factors"])

    func writeMember(_ index: Int, named name: JSONKeyText, to writer: inout CanonicalJSONWriter,
                     in object: inout CanonicalJSONWriter.Container, context: JSONEncodingContext) throws {
        writer.nextMember(name, in: &object)
        switch index {
        case 0: writer.writeInteger(score)
        case 1: writer.writeString(tier.rawValue)
        case 2: try JSONDirectRecords([tiers], isList: false, in: context).write(to: &writer, depth: object.depth)
        default: try JSONDirectRecords(factors, isList: true, in: context).write(to: &writer, depth: object.depth)
        }
    }
}

extension RiskModel.Thresholds: JSONDirectRecord {
    static let memberOrder = JSONMemberOrder(["moderate", "high", "severe"])

    func writeMember(_ index: Int, named name: JSONKeyText, to writer: inout CanonicalJSONWriter,
                     in object: inout CanonicalJSONWriter.Container, context: JSONEncodingContext) throws {
        writer.nextMember(name, in: &object)
        writer.writeInteger(index == 0 ? moderate : index == 1 ? high : severe)
    }
}
