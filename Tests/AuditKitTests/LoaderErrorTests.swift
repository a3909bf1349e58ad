import Testing
@testable import AuditKit

/// Every loader error names its code and the exact `line:col` marked `⚑` in the fixture.
@Suite struct LoaderErrorTests {
    struct Case: CustomTestStringConvertible, Sendable {
        let name: String
        let code: Diagnostic.Code
        let yaml: String
        var testDescription: String { name }
    }

    static let manifestCases: [Case] = [
        Case(name: "misspelt top-level key", code: .unknownKey, yaml: """
            safeguard: deployment/v1
            deployment: {id: x, name: X}
            ⚑capabilites:
              modalities: [text]
            """),
        Case(name: "YAML syntax error", code: .yamlSyntax, yaml: """
            safeguard: deployment/v1
            deployment: {id: x, name: X
            audience⚑: {minimum_age: 13}
            """),
        Case(name: "wrong type", code: .wrongType, yaml: """
            safeguard: deployment/v1
            deployment: {id: x, name: X}
            audience: {minimum_age: ⚑thirteen}
            """),
        Case(name: "quoted number", code: .wrongType, yaml: """
            safeguard: deployment/v1
            deployment: {id: x, name: X}
            integration: {monthly_active_users: ⚑"5000"}
            """),
        Case(name: "YAML 1.1 boolean", code: .wrongType, yaml: """
            safeguard: deployment/v1
            deployment: {id: x, name: X}
            audience:
              children_likely: ⚑yes
            """),
        Case(name: "duplicate key", code: .yamlDuplicateKey, yaml: """
            safeguard: deployment/v1
            deployment: {id: x, name: X}
            audience:
              minimum_age: 13
              ⚑minimum_age: 14
            """),
        Case(name: "bad enum value", code: .invalidValue, yaml: """
            safeguard: deployment/v1
            deployment: {id: x, name: X}
            capabilities: {image_editing: ⚑upload}
            """),
        Case(name: "impossible date", code: .invalidDate, yaml: """
            safeguard: deployment/v1
            deployment: {id: x, name: X, release_date: ⚑2026-02-30}
            """),
        Case(name: "unknown format version", code: .unknownFormat, yaml: """
            safeguard: ⚑deployment/v2
            deployment: {id: x, name: X}
            """),
        Case(name: "missing required key", code: .missingKey, yaml: """
            safeguard: deployment/v1
            deployment: ⚑{id: x}
            """),
        Case(name: "nested unknown key in a list entry", code: .unknownKey, yaml: """
            safeguard: deployment/v1
            deployment: {id: x, name: X}
            safeguards:
              input_filters:
                - {id: a, ⚑stag: prompt}
            """),
        Case(name: "duplicate evidence id", code: .duplicateID, yaml: """
            safeguard: deployment/v1
            deployment: {id: x, name: X}
            evidence:
              - {id: e1, kind: document, path: a.md}
              - ⚑{id: e1, kind: document, path: b.md}
            """),
        Case(name: "dangling evidence reference", code: .unknownReference, yaml: """
            safeguard: deployment/v1
            deployment: {id: x, name: X}
            governance: {child_rights_impact_assessment: ⚑cria}
            """),
        Case(name: "second document", code: .yamlMultipleDocuments, yaml: """
            safeguard: deployment/v1
            deployment: {id: x, name: X}
            ---
            ⚑safeguard: deployment/v1
            """),
        Case(name: "deployment id not kebab-case", code: .invalidValue, yaml: """
            safeguard: deployment/v1
            deployment: {id: ⚑Acme_Imagine, name: X}
            """),
    ]

    @Test(arguments: manifestCases)
    func manifestErrorIsLocated(_ testCase: Case) throws {
        let marked = MarkedText(testCase.yaml)
        let error = #expect(throws: Diagnostic.self) { try Loader.manifest(marked.source()) }
        #expect(error?.code == testCase.code)
        #expect(error?.position?.line == marked.line)
        #expect(error?.position?.column == marked.column)
    }

    static let checklistCases: [Case] = [
        Case(name: "misspelt control key", code: .unknownKey, yaml: checklist("""
              - id: A-01
                requirement: R1
                title: T
                area: input-filter
                ⚑severty: high
            """)),
        Case(name: "wrong type for weight", code: .wrongType, yaml: checklist("""
              - id: A-01
                requirement: R1
                title: T
                area: input-filter
                severity: high
                weight: ⚑heavy
            """)),
        Case(name: "bad severity", code: .invalidValue, yaml: checklist("""
              - id: A-01
                requirement: R1
                title: T
                area: input-filter
                severity: ⚑severe
            """)),
        Case(name: "unknown condition key", code: .unknownKey, yaml: checklist("""
              - id: A-01
                requirement: R1
                title: T
                area: input-filter
                severity: high
                require: {field: audience.minimum_age, ⚑at_lest: 13}
            """)),
        Case(name: "condition with two forms", code: .invalidValue, yaml: checklist("""
              - id: A-01
                requirement: R1
                title: T
                area: input-filter
                severity: high
                require: ⚑{all: [], any: []}
            """)),
    ]

    static func checklist(_ controls: String) -> String {
        "safeguard: checklist/v1\nid: t\nversion: 1.0.0\ntitle: T\nrequirements: [{id: R1, title: R}]\n"
            + "controls:\n" + controls
    }

    @Test(arguments: checklistCases)
    func checklistErrorIsLocated(_ testCase: Case) throws {
        let marked = MarkedText(testCase.yaml)
        let error = #expect(throws: Diagnostic.self) { try Loader.checklist(marked.source()) }
        #expect(error?.code == testCase.code)
        #expect(error?.position?.line == marked.line)
        #expect(error?.position?.column == marked.column)
    }

    @Test func unknownKeyMessageSuggestsTheKnownKeyWithSnippet() throws {
        let marked = MarkedText("safeguard: deployment/v1\ndeployment: {id: x, name: X}\n⚑capabilites: {}\n")
        let error = #expect(throws: Diagnostic.self) { try Loader.manifest(marked.source("m.yaml")) }
        #expect(error?.description == """
            m.yaml:3:1: error: unknown key 'capabilites' in the manifest; did you mean 'capabilities'?
            capabilites: {}
            ^
            """)
    }

    @Test func checklistTypeErrorNamesThePath() throws {
        let yaml = Self.checklistCases[1].yaml
        let error = #expect(throws: Diagnostic.self) {
            try Loader.checklist(MarkedText(yaml).source("c.yaml"))
        }
        #expect(error?.headline == "c.yaml:12:13: error: controls[0].weight: expected a number, "
                + "found 'heavy'")
    }

    @Test func booleanMessageExplainsYAMLOneOne() throws {
        let error = #expect(throws: Diagnostic.self) {
            try Fixtures.manifest(body: "audience: {children_likely: no}\n")
        }
        #expect(error?.message == "audience.children_likely: expected true or false, found 'no' "
                + "(write true or false: yes/no/on/off mean different things to different YAML parsers)")
    }
}
