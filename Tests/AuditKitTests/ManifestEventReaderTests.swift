import Foundation
import Testing
@testable import AuditKit

/// `ManifestEventReader` is a shortcut: for any text, it either declines (nil) or returns
/// exactly the tree the general reader (Yams, format key, schema) builds; and it must decline
/// every text the general reader rejects, so that one still words the error.
@Suite struct ManifestEventReaderTests {
    /// What each reader makes of `text`: the shortcut's tree, and the general reader's.
    static func both(_ text: String, path: String = "dir/manifest.yaml")
        -> (fast: ManifestNode?, general: ManifestNode?) {
        let trees = Loader.manifestTreesBothWays(SourceFile(path: path, text: text))
        return (trees.shortcut, trees.general)
    }

    /// Fails unless the shortcut declined or agreed with the general reader.
    static func expectAgreement(_ text: String, _ label: String,
                                sourceLocation: Testing.SourceLocation = #_sourceLocation) -> Bool? {
        let (fast, general) = both(text)
        if let fast {
            #expect(fast == general, "\(label): the shortcut's tree differs", sourceLocation: sourceLocation)
            return true
        }
        return general == nil ? nil : false
    }

    static func yamlFiles(under folder: String) -> [URL] {
        let url = Fixtures.root.appendingPathComponent(folder)
        let found = FileManager.default.enumerator(at: url, includingPropertiesForKeys: nil)?
            .compactMap { $0 as? URL }.filter { $0.pathExtension == "yaml" } ?? []
        return found.sorted { $0.path < $1.path }
    }

    static let examples = ["api-model-provider", "guarded-image-generator", "probe-demo",
                           "social-image-generator", "teen-companion-chatbot"]
        .map { "Examples/\($0)/deployment.yaml" }

    @Test func everyExampleManifestTakesTheShortcutAndMatches() throws {
        for path in Self.examples + ["Tests/AuditKitTests/Fixtures/acme/deployment.yaml"] {
            let text = try String(contentsOf: Fixtures.root.appendingPathComponent(path), encoding: .utf8)
            #expect(Self.expectAgreement(text, path) == true, "\(path) did not take the shortcut")
        }
    }

    /// Every YAML file under Tests/ — the bad-input corpus, the schema fixtures, the fuzz
    /// seeds — is either declined or read alike; every faulty one is declined.
    @Test func everyTestFileIsDeclinedOrReadAlike() throws {
        let files = ["Tests/BadInputs", "Tests/SchemaFixtures", "Tests/FuzzCorpus", "Tests/AuditKitTests"]
            .flatMap(Self.yamlFiles(under:))
        #expect(files.count > 150)
        var declined = 0
        for file in files {
            guard let text = try? SourceFile(reading: file.path).text else { continue }
            if Self.expectAgreement(text, file.lastPathComponent) != true { declined += 1 }
        }
        #expect(declined > 100)
    }

    /// Each example with each line removed, doubled, or with its value replaced by something of
    /// another kind: hundreds of near-valid manifests, valid and not.
    @Test func lineMutationsOfTheExamplesAreDeclinedOrReadAlike() throws {
        var (taken, declined) = (0, 0)
        for path in Self.examples.prefix(2) {
            let text = try String(contentsOf: Fixtures.root.appendingPathComponent(path), encoding: .utf8)
            let lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
            for index in lines.indices {
                for mutated in Self.mutations(of: lines, at: index) {
                    if Self.expectAgreement(mutated.joined(separator: "\n"), "\(path) line \(index + 1)") == true {
                        taken += 1
                    } else {
                        declined += 1
                    }
                }
            }
        }
        #expect(taken > 50)
        #expect(declined > 50)
    }

    static func mutations(of lines: [String], at index: Int) -> [[String]] {
        var removed = lines, doubled = lines, replaced = lines, quoted = lines
        removed.remove(at: index)
        doubled.insert(lines[index], at: index)
        let line = lines[index]
        if let colon = line.firstIndex(of: ":") {
            let head = line[...colon]
            replaced[index] = head + " [1, {a: b}]"
            quoted[index] = head + " '" + line[line.index(after: colon)...].trimmingCharacters(in: .whitespaces) + "'"
        }
        return [removed, doubled, replaced, quoted]
    }

    @Test(arguments: [
        // anchors, aliases and explicit tags: valid, but left to Yams
        ("deployment: &d {id: test, name: Test}", true),
        ("deployment: {id: !!str test, name: Test}", true),
        // a second document, a duplicate key, an unknown key, a null, a quoted number
        ("deployment: {id: test, name: Test}\n---\nsafeguard: deployment/v1", false),
        ("deployment: {id: test, name: Test, name: Other}", false),
        ("deployment: {id: test, name: Test, colour: red}", false),
        ("deployment: {id: test, name: ~}", false),
        ("deployment: {id: test, name: Test}\nusers: {monthly_active: '100'}", false),
    ])
    func declinesWhatItLeavesToTheGeneralReader(_ body: String, _ valid: Bool) {
        let (fast, general) = Self.both("safeguard: deployment/v1\n" + body)
        #expect(fast == nil)
        #expect((general != nil) == valid)
    }

    /// Each number at the ends of its range, and each market code, is read alike by both; one
    /// step outside a range, or a market spelt otherwise, both refuse.
    @Test(arguments: [
        ("audience: {minimum_age: 0}", true), ("audience: {minimum_age: 120}", true),
        ("audience: {minimum_age: 121}", false), ("audience: {minimum_age: -1}", false),
        ("safeguards: {user_reporting: {takedown_hours: 0}}", true),
        ("safeguards: {user_reporting: {takedown_hours: -1}}", false),
        ("safeguards: {red_teaming: {cadence_days: 1}}", true),
        ("safeguards: {red_teaming: {cadence_days: 0}}", false),
        ("safeguards: {minor_likeness: {age_estimation: {threshold: 0}}}", true),
        ("safeguards: {minor_likeness: {age_estimation: {threshold: 1.0}}}", true),
        ("safeguards: {minor_likeness: {age_estimation: {threshold: 1.0001}}}", false),
        ("safeguards: {minor_likeness: {age_estimation: {threshold: -0.1}}}", false),
        ("integration: {monthly_active_users: 9223372036854775807}", true),
        ("evidence: [{id: e, kind: document, path: e.md, max_age_days: -3}]", false),
        ("deployment: {id: test, name: Test, markets: [EU, UK, US, \"DE\"]}", true),
        ("deployment: {id: test, name: Test, markets: [usa]}", false),
        ("deployment: {id: test, name: Test, markets: [Us]}", false),
        ("deployment: {id: test, name: Test, markets: [GB]}", false),
    ])
    func numbersOutsideTheirRangeAreRefusedByBothReaders(_ body: String, _ valid: Bool) {
        let head = body.hasPrefix("deployment:") ? "" : "deployment: {id: test, name: Test}\n"
        let (fast, general) = Self.both("safeguard: deployment/v1\n" + head + body)
        #expect((general != nil) == valid)
        #expect(fast == general)
    }

    @Test func declinesAFileThatIsNotADeploymentManifest() {
        #expect(Self.both("safeguard: checklist/v1\n").fast == nil)
        #expect(Self.both("safeguard: deployment/v2\ndeployment: {id: test, name: Test}").fast == nil)
        #expect(Self.both("deployment: {id: test, name: Test}").fast == nil)
    }

    @Test func aManifestPastTheNodeBudgetIsDeclined() {
        let items = (0..<60).map { "  - {id: e\($0), kind: document, path: e\($0).md}" }.joined(separator: "\n")
        let text = "safeguard: deployment/v1\ndeployment: {id: test, name: Test}\nevidence:\n" + items
        let source = SourceFile(path: "m.yaml", text: text)
        #expect(ManifestEventReader.read(source, nodeBudget: 10_000) != nil)
        #expect(ManifestEventReader.read(source, nodeBudget: 100) == nil)
    }
}
