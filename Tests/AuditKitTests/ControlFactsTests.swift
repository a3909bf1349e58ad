import Foundation
import Testing
@testable import AuditKit

/// A result's checklist members live in its control's shared `ControlFacts`: results of one
/// control share one object, results are still equal by value whoever made their facts, and a
/// result read back from JSON has every member it was written with.
@Suite struct ControlFactsTests {
    static func results() throws -> [ControlResult] { try RendererGoldenTests.result().controls }

    @Test func resultsOfOneControlShareItsFactsAndTheyMatchTheControl() throws {
        let checklist = try Fixtures.checklist()
        let audit = Audit(checklist: checklist, asOf: Fixtures.asOf, tool: Fixtures.tool)
        let first = try RendererGoldenTests.result()
        let manifest = try Loader.manifest(try SourceFile(reading: Fixtures.path("acme/deployment.yaml")))
        let second = audit.run(manifest, evidence: try EvidenceLoader(vocabulary: nil).load(for: manifest), inputs: [])
        let again = audit.run(manifest, evidence: try EvidenceLoader(vocabulary: nil).load(for: manifest), inputs: [])
        #expect(zip(second.controls, again.controls).allSatisfy { $0.facts === $1.facts })
        #expect(zip(first.controls, second.controls).allSatisfy { $0.facts !== $1.facts && $0.facts == $1.facts })
        for (control, result) in zip(checklist.controls, second.controls) {
            #expect(result.id == control.id && result.title == control.title && result.weight == control.effectiveWeight)
            #expect(result.rationale == control.rationale && result.remediation == control.remediation)
            #expect(result.refs == control.refs && result.checklistLocation == control.location)
        }
    }

    @Test func aCopyOfThePlanGivesItsOwnFactsWithTheSameValues() throws {
        let audit = Audit(checklist: try Fixtures.checklist(), asOf: Fixtures.asOf, tool: Fixtures.tool)
        let copy = audit.auditing(try Fixtures.checklist())
        let manifest = try Loader.manifest(try SourceFile(reading: Fixtures.path("acme/deployment.yaml")))
        let evidence = try EvidenceLoader(vocabulary: nil).load(for: manifest)
        let (a, b) = (audit.run(manifest, evidence: evidence, inputs: []), copy.run(manifest, evidence: evidence, inputs: []))
        #expect(zip(a.controls, b.controls).allSatisfy { $0.facts !== $1.facts })
        #expect(a.controls == b.controls)
        #expect(Set(a.controls).count == a.controls.count && Set(a.controls + b.controls).count == a.controls.count)
    }

    @Test func aResultReadBackFromJSONIsTheResultWritten() throws {
        let controls = try Self.results() + [ControlResultJSONTests.hostile()]
        let decoded = try JSONRenderer.decoder.decode([ControlResult].self,
                                                      from: try JSONRenderer.encoder.encodeData(controls))
        #expect(decoded == controls)
        #expect(decoded.map(\.hashValue) == controls.map(\.hashValue))
    }

    @Test(arguments: ["title", "rationale", "refs", "weight"])
    func aFullResultWithoutAMemberIsRefused(_ member: String) throws {
        let data = try JSONRenderer.encoder.encodeData(ControlResultJSONTests.hostile())
        var object = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        #expect(object.removeValue(forKey: member) != nil)
        let stripped = try JSONSerialization.data(withJSONObject: object)
        #expect(throws: DecodingError.self) { try JSONRenderer.decoder.decode(ControlResult.self, from: stripped) }
    }
}
