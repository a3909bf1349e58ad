import Testing
@testable import AuditKit

/// A control's reasons give each fact once, in the order the conditions found them.
@Suite struct ReasonRepeatsTests {
    static let here = SourceLocation(file: "m.yaml", line: 4, column: 9)
    static let there = SourceLocation(file: "m.yaml", line: 5, column: 9)

    @Test func aRepeatedReasonIsDroppedAndTheOrderKept() {
        let reasons = [Reason("a", at: Self.here), Reason("b", at: Self.there), Reason("a", at: Self.here),
                       Reason("c"), Reason("b", at: Self.there), Reason("d"), Reason("c"), Reason("e"), Reason("e")]
        #expect(reasons.withoutRepeats == [Reason("a", at: Self.here), Reason("b", at: Self.there), Reason("c"),
                                           Reason("d"), Reason("e")])
    }

    @Test func theSameSentenceElsewhereOrAnotherSentenceHereIsKept() {
        let reasons = [Reason("a", at: Self.here), Reason("a", at: Self.there), Reason("a"),
                       Reason("b", at: Self.here)]
        #expect(reasons.withoutRepeats == reasons)
        #expect([Reason]().withoutRepeats.isEmpty)
    }

    /// A fact composed from its parts equals the same sentence written out.
    @Test func aComposedFactRepeatsTheSameSentenceWrittenOut() {
        let fact = Reason(.fact(prefix: nil, path: "x", state: .declared, failed: nil), at: Self.here)
        #expect([fact, Reason("x is declared", at: Self.here)].withoutRepeats == [fact])
    }

    /// Facts compare by their parts, and by their sentences where the parts differ.
    @Test func factsAreTheSameWhereTheirPartsOrTheirSentencesAre() {
        let ncmec = ManifestNode.Value.text("ncmec")
        func fact(_ prefix: String?, _ path: String, _ state: ReasonText.FactState, _ failed: FieldTest? = nil) -> Reason {
            Reason(.fact(prefix: prefix.map(FileName.interned), path: path, state: state, failed: failed), at: Self.here)
        }
        let hashLists = fact("f[0]", "hash_lists", .value(ncmec))
        #expect(hashLists == fact("f[0]", "hash_lists", .value(ncmec)))
        #expect(hashLists == fact(nil, "f[0].hash_lists", .value(ncmec)))
        #expect(hashLists != fact("f[0]", "hash_lists", .declared))
        #expect(hashLists != fact("f[0]", "hash_lists", .value(.text("iwf"))))
        #expect(hashLists != fact("f[0]", "hash_lists", .value(ncmec), .contains("c3p")))
        #expect(fact("f[0]", "x", .notDeclared, .equals("a")) != fact("f[0]", "x", .notDeclared, .equals("b")))
        #expect(fact("f[0]", "x", .notDeclared, .equals("a")) == fact("f[0]", "x", .notDeclared, .equals("a")))
    }

    /// Both tests of the `any` hold with the same fact, and both `some`s of the other fail with
    /// the same sentence: each control gives it once.
    @Test func anAuditGivesAFactOnceWhereTwoPartsDecideWithIt() throws {
        let checklist = try Loader.checklist(SourceFile(path: "c.yaml", text: """
            safeguard: checklist/v1
            id: t
            version: 1.0.0
            title: T
            requirements: [{id: R1, title: R}]
            controls:
              - {id: HASH-01, requirement: R1, title: Hash lists, area: input-filter, severity: high,
                 require: {some: safeguards.input_filters,
                           where: {any: [{field: hash_lists, contains: ncmec}, {field: hash_lists, contains: iwf}]}},
                 rationale: R., remediation: M., refs: [UNICEF3-R2]}
              - {id: OUT-01, requirement: R1, title: Output filters, area: output-filter, severity: high,
                 require: {any: [{some: safeguards.output_filters, where: {field: action, equals: block}},
                                 {some: safeguards.output_filters, where: {field: action, equals: flag}}]},
                 rationale: R., remediation: M., refs: [UNICEF3-R2]}

            """))
        let manifest = try Fixtures.manifest(body: """
            safeguards:
              input_filters:
                - {id: h, type: hash-match, stage: upload, hash_lists: [ncmec, iwf], action: block}
              output_filters:
                - {id: o, type: classifier, categories: [nudity], action: log}

            """)
        let audit = Audit(checklist: checklist, policy: .standard, asOf: Fixtures.asOf, tool: Fixtures.tool)
        let result = audit.run(manifest, evidence: EvidenceSet(records: [], measurements: []), inputs: [])
        #expect(result.controls.map(\.outcome) == [.passed, .failed])
        #expect(result.controls.map { $0.reasons.map { "\($0.location?.description ?? "-"): \($0.message)" } } == [
            ["manifest.yaml:5:60: safeguards.input_filters[0].hash_lists is [ncmec, iwf]"],
            ["manifest.yaml:7:5: no entry of safeguards.output_filters satisfies the condition"],
        ])
    }
}

private extension Array where Element == Reason {
    var withoutRepeats: [Reason] {
        var copy = self
        copy.removeRepeats()
        return copy
    }
}
