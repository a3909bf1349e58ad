import Testing
import Yams
@testable import AuditKit

/// A checklist's controls are decoded on every core; the result and the first error are those
/// of a decode in order.
@Suite struct ParallelDecodingTests {
    /// A checklist of `count` controls; those at `broken` have a severity that does not exist.
    static func checklist(count: Int, broken: Set<Int> = []) -> String {
        var text = "safeguard: checklist/v1\nid: t\nversion: 1.0.0\ntitle: T\n"
            + "requirements: [{id: R1, title: R}]\ncontrols:\n"
        for index in 0..<count {
            text += """
                  - id: C-\(index)
                    requirement: R1
                    title: Control \(index)
                    area: input-filter
                    severity: \(broken.contains(index) ? "severe" : "high")
                    require: {field: audience.minimum_age, at_least: \(index)}
                    rationale: R.
                    remediation: M.
                    refs: [UNICEF3-R2]

                """
        }
        return text
    }

    /// Line of the `severity:` key of control `index` in `checklist(count:broken:)`.
    static func severityLine(of index: Int) -> Int { 7 + index * 9 + 4 }

    @Test func controlsKeepTheirOrder() throws {
        let checklist = try Loader.checklist(SourceFile(path: "c.yaml", text: Self.checklist(count: 64)))
        #expect(checklist.controls.map(\.id) == (0..<64).map { "C-\($0)" })
    }

    @Test func theFirstBrokenControlInOrderIsReported() throws {
        let source = SourceFile(path: "c.yaml", text: Self.checklist(count: 48, broken: [5, 31, 40]))
        let error = #expect(throws: Diagnostic.self) { try Loader.checklist(source) }
        #expect(error?.code == .invalidValue)
        #expect(error?.position?.line == Self.severityLine(of: 5))
        #expect(error?.headline.contains("controls[5].severity") == true)
    }

    @Test func resolvedTreesHaveNoImplicitTags() throws {
        let root = try YAMLDocument(SourceFile(path: "c.yaml", text: Self.checklist(count: 3))).root
        var implicit = 0
        func visit(_ node: Node) {
            switch node {
            case .scalar(let scalar):
                if scalar.tag.description == Tag.Name.implicit.rawValue { implicit += 1 }
            case .mapping(let mapping):
                if mapping.tag.description == Tag.Name.implicit.rawValue { implicit += 1 }
                mapping.forEach { visit($0.key); visit($0.value) }
            case .sequence(let sequence):
                if sequence.tag.description == Tag.Name.implicit.rawValue { implicit += 1 }
                sequence.forEach(visit)
            case .alias:
                break
            }
        }
        visit(root)
        #expect(implicit == 0)
    }
}
