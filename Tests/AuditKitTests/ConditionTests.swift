import Testing
@testable import AuditKit

/// Every condition operator, with Kleene logic for missing claims.
@Suite struct ConditionTests {
    static let manifestBody = """
        capabilities: {modalities: [text, image], image_editing: uploads, companion_persona: false}
        audience: {minimum_age: 13, children_likely: true}
        integration: {monthly_active_users: 2000000}
        safeguards:
          input_filters:
            - {id: p, type: classifier, stage: prompt, categories: [nudification], action: block}
            - {id: u, type: hash-match, stage: upload, hash_lists: [ncmec], action: flag}
          red_teaming: {last_exercise: 2026-10-01}
        """

    func truth(_ yaml: String, evidence: EvidenceSet = EvidenceSet(records: [], measurements: []),
               tier: (RiskTier, Int)? = nil) throws -> Truth {
        let condition = try YAMLDocument(SourceFile(path: "c.yaml", text: yaml)).decode(Condition.self)
        let manifest = try Fixtures.manifest(body: Self.manifestBody)
        let context = EvaluationContext(manifest: manifest, evidence: evidence, asOf: Fixtures.asOf,
                                        tier: tier)
        return ConditionEvaluator(context: context).evaluate(condition, in: manifest.root).truth
    }

    @Test(arguments: [
        ("{field: capabilities.image_editing, equals: uploads}", Truth.holds),
        ("{field: capabilities.image_editing, equals: none}", .fails),
        ("{field: capabilities.companion_persona, equals: false}", .holds),
        ("{field: audience.minimum_age, equals: 13}", .holds),
        ("{field: audience.minimum_age, equals: 13.0}", .holds),
        ("{field: capabilities.image_editing, in: [own-outputs, uploads]}", .holds),
        ("{field: capabilities.image_editing, in: [none, own-outputs]}", .fails),
        ("{field: capabilities.modalities, contains: image}", .holds),
        ("{field: capabilities.modalities, contains: video}", .fails),
        ("{field: audience.minimum_age, at_least: 13}", .holds),
        ("{field: audience.minimum_age, at_least: 16}", .fails),
        ("{field: audience.minimum_age, at_most: 13}", .holds),
        ("{field: audience.minimum_age, at_most: 12}", .fails),
        ("{field: integration.monthly_active_users, at_least: 1000000, at_most: 5000000}", .holds),
        ("{field: safeguards.red_teaming.last_exercise, within_days: 52}", .holds),
        ("{field: safeguards.red_teaming.last_exercise, within_days: 51}", .fails),
        ("{field: audience.minimum_age, exists: true}", .holds),
        ("{field: audience.age_assurance, exists: true}", .unknown),
        ("{field: audience.age_assurance, exists: false}", .holds),
        ("{field: audience.minimum_age, exists: false}", .fails),
        ("{field: audience.age_assurance, equals: verification}", .unknown),
        ("{field: safeguards.provenance.c2pa, equals: true}", .unknown),
    ])
    func fieldTests(_ yaml: String, _ expected: Truth) throws {
        #expect(try truth(yaml) == expected)
    }

    @Test(arguments: [
        ("{all: [{field: audience.minimum_age, at_least: 13}, {field: audience.children_likely, equals: true}]}", Truth.holds),
        ("{all: [{field: audience.minimum_age, at_least: 18}, {field: audience.age_assurance, exists: true}]}", .fails),
        ("{all: [{field: audience.minimum_age, at_least: 13}, {field: audience.age_assurance, exists: true}]}", .unknown),
        ("{any: [{field: audience.minimum_age, at_least: 18}, {field: audience.age_assurance, exists: true}]}", .unknown),
        ("{any: [{field: audience.minimum_age, at_least: 13}, {field: audience.age_assurance, exists: true}]}", .holds),
        ("{any: [{field: audience.minimum_age, at_least: 18}, {field: audience.children_likely, equals: false}]}", .fails),
        ("{not: {field: audience.minimum_age, at_least: 18}}", .holds),
        ("{not: {field: audience.age_assurance, equals: none}}", .unknown),
        ("{all: []}", .holds),
        ("{any: []}", .fails),
    ])
    func kleeneLogic(_ yaml: String, _ expected: Truth) throws {
        #expect(try truth(yaml) == expected)
    }

    @Test(arguments: [
        ("{some: safeguards.input_filters, where: {field: stage, equals: upload}}", Truth.holds),
        ("{some: safeguards.input_filters, where: {all: [{field: stage, equals: upload}, {field: action, equals: block}]}}", .fails),
        ("{each: safeguards.input_filters, where: {field: type, in: [classifier, hash-match]}}", .holds),
        ("{each: safeguards.input_filters, where: {field: action, equals: block}}", .fails),
        ("{each: safeguards.input_filters, where: {field: description, exists: true}}", .unknown),
        ("{some: safeguards.output_filters, where: {field: action, equals: block}}", .unknown),
    ])
    func quantifiers(_ yaml: String, _ expected: Truth) throws {
        #expect(try truth(yaml) == expected)
    }

    @Test(arguments: [
        (RiskTier.high, Truth.holds), (.severe, .fails), (.low, .holds),
    ])
    func riskTier(_ wanted: RiskTier, _ expected: Truth) throws {
        #expect(try truth("{risk_tier_at_least: \(wanted.rawValue)}", tier: (.high, 60)) == expected)
    }

    @Test func riskTierWithoutAModelIsUnknown() throws {
        #expect(try truth("{risk_tier_at_least: low}") == .unknown)
    }

    @Test func someOverAnEmptyListFailsAndEachHolds() throws {
        let manifest = try Fixtures.manifest(body: "safeguards: {output_filters: []}\n")
        let context = EvaluationContext(manifest: manifest,
                                        evidence: EvidenceSet(records: [], measurements: []),
                                        asOf: Fixtures.asOf)
        let evaluator = ConditionEvaluator(context: context)
        let where_ = Condition(.field(FieldPath("action"), [.equals("block")]))
        let some = evaluator.evaluate(Condition(.some(FieldPath("safeguards.output_filters"), where_)),
                                      in: manifest.root)
        let each = evaluator.evaluate(Condition(.each(FieldPath("safeguards.output_filters"), where_)),
                                      in: manifest.root)
        #expect(some.truth == .fails)
        #expect(some.reasons.map(\.message) == ["safeguards.output_filters is empty"])
        #expect(each.truth == .holds)
    }

    /// A list or mapping declared empty says there is none: `exists: true` fails on it (it
    /// held before, so `other_hotlines: []` passed "reports reach other hotlines"), and
    /// `exists: false` holds.
    @Test(arguments: [
        ("{other_hotlines: []}", "other_hotlines", true, Truth.fails,
         "safeguards.reporting.other_hotlines is []; it must be declared and not empty"),
        ("{other_hotlines: []}", "other_hotlines", false, .holds, "safeguards.reporting.other_hotlines is []"),
        ("{other_hotlines: [iwf]}", "other_hotlines", true, .holds, "safeguards.reporting.other_hotlines is declared"),
        ("{cybertipline: true}", "other_hotlines", true, .unknown, "safeguards.reporting.other_hotlines is not declared"),
    ])
    func existsOnAnEmptyListOrMapping(_ reporting: String, _ key: String, _ wanted: Bool, _ expected: Truth,
                                      _ said: String) throws {
        let manifest = try Fixtures.manifest(body: "safeguards:\n  reporting: \(reporting)\n")
        let context = EvaluationContext(manifest: manifest, evidence: EvidenceSet(records: [], measurements: []),
                                        asOf: Fixtures.asOf)
        let condition = Condition(.field(FieldPath("safeguards.reporting.\(key)"), [.exists(wanted)]))
        let result = ConditionEvaluator(context: context).evaluate(condition, in: manifest.root)
        #expect(result.truth == expected)
        #expect(result.reasons.map(\.message) == [said])
    }

    @Test func existsOnAnEmptyMappingFails() throws {
        let manifest = try Fixtures.manifest(body: "safeguards:\n  minor_likeness: {age_estimation: {}}\n")
        let context = EvaluationContext(manifest: manifest, evidence: EvidenceSet(records: [], measurements: []),
                                        asOf: Fixtures.asOf)
        let condition = Condition(.field(FieldPath("safeguards.minor_likeness.age_estimation"), [.exists(true)]))
        let result = ConditionEvaluator(context: context).evaluate(condition, in: manifest.root)
        #expect(result.truth == .fails)
        #expect(result.reasons.map(\.message) == [
            "safeguards.minor_likeness.age_estimation is {}; it must be declared and not empty",
        ])
    }

    /// Entries past the cached element paths (`ElementPathCache.indexLimit`) read as the ones
    /// before them (whose dotted forms are interned).
    @Test func reasonsNameListEntriesPastTheCachedOnes() throws {
        let last = ElementPathCache.indexLimit + 2
        let entries = (0...last).map { "    - {id: f\($0), type: classifier, action: \([1, last].contains($0) ? "flag" : "block")}" }
        let manifest = try Fixtures.manifest(body: "safeguards:\n  output_filters:\n"
                                             + entries.joined(separator: "\n") + "\n")
        let context = EvaluationContext(manifest: manifest,
                                        evidence: EvidenceSet(records: [], measurements: []),
                                        asOf: Fixtures.asOf)
        let action = Condition(.field(FieldPath("action"), [.equals("block")]))
        for inner in [action, Condition(.all([action]))] {
            let each = ConditionEvaluator(context: context).evaluate(
                Condition(.each(FieldPath("safeguards.output_filters"), inner)), in: manifest.root)
            #expect(each.truth == .fails)
            #expect(each.reasons.map(\.message) == [
                "safeguards.output_filters[1].action is flag; it must be block",
                "safeguards.output_filters[\(last)].action is flag; it must be block",
            ])
        }
    }

    @Test func reasonsPointAtTheDecidingManifestLine() throws {
        let manifest = try Fixtures.manifest(body: "audience:\n  minimum_age: 13\n")
        let context = EvaluationContext(manifest: manifest,
                                        evidence: EvidenceSet(records: [], measurements: []),
                                        asOf: Fixtures.asOf)
        let result = ConditionEvaluator(context: context).evaluate(
            Condition(.field(FieldPath("audience.minimum_age"), [.atLeast(16)])), in: manifest.root)
        #expect(result.reasons == [Reason("audience.minimum_age is 13; it must be at least 16",
                                          at: SourceLocation(file: "manifest.yaml", line: 4, column: 16))])
    }
}
