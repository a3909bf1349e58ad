import Testing
@testable import AuditKit

/// A `field` condition carries its path and tests behind one reference for the evaluator; other
/// kinds carry none, and conditions compare and hash by kind and location alone.
@Suite struct FieldLeafTests {
    static let path = FieldPath("safeguards.provenance.c2pa")
    static let field = Condition(.field(path, [.equals("true")]), at: SourceLocation(file: "c.yaml", line: 3, column: 5))

    @Test func aFieldConditionsLeafHoldsItsPathAndTests() throws {
        let leaf = try #require(Self.field.fieldLeaf)
        #expect(leaf.path == Self.path)
        #expect(leaf.path.description == "safeguards.provenance.c2pa")
        #expect(leaf.tests == [.equals("true")])
        #expect(Condition(.all([Self.field])).fieldLeaf == nil)
        #expect(Condition(.not(Self.field)).fieldLeaf == nil)
    }

    @Test func conditionsCompareAndHashByKindAndLocation() {
        let again = Condition(Self.field.kind, at: Self.field.location)
        #expect(again == Self.field)
        #expect(again.hashValue == Self.field.hashValue)
        #expect(Condition(Self.field.kind) != Self.field)
        #expect(Condition(.field(Self.path, [.equals("false")]), at: Self.field.location) != Self.field)
    }

    /// The evaluator's in-place path gives what evaluating the leaf's kind gives.
    @Test(arguments: ["true", "false"])
    func anAllOfOneFieldEvaluatesAsTheFieldAlone(wanted: String) throws {
        let manifest = try Fixtures.manifest(body: "safeguards:\n  provenance: {c2pa: true}\n")
        let context = EvaluationContext(manifest: manifest, evidence: EvidenceSet(records: [], measurements: []),
                                        asOf: Fixtures.asOf)
        let field = Condition(.field(Self.path, [.equals(wanted)]))
        let alone = ConditionEvaluator(context: context).evaluate(field, in: manifest.root)
        let combined = ConditionEvaluator(context: context).evaluate(Condition(.all([field])), in: manifest.root)
        #expect(combined.truth == (wanted == "true" ? .holds : .fails))
        #expect(combined.truth == alone.truth)
        #expect(combined.reasons.map(\.message) == alone.reasons.map(\.message))
        #expect(combined.reasons.map(\.message) == [wanted == "true"
            ? "safeguards.provenance.c2pa is true"
            : "safeguards.provenance.c2pa is true; it must be false"])
    }
}
