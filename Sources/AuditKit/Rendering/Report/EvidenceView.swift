/// One evidence file in the report's index.
struct EvidenceView: Sendable, Encodable {
    let id: String
    let kind: String
    let format: String?
    let path: String
    let collected: String
    let age: String
    /// True when the file is past its shelf life on the as-of date, or has no collection date.
    let stale: Bool
    /// True when it was collected after the as-of date, so that no control counts it.
    let future: Bool
    let sha256: String
    /// Why its results could not be used, if they could not.
    let problem: String?

    init(_ record: EvidenceRecord, asOf: Day) {
        id = record.id
        kind = record.kind.rawValue
        format = record.format?.rawValue
        path = record.path
        collected = record.collected?.description ?? "—"
        let days = record.age(on: asOf)
        age = days.map(Day.daysText) ?? "—"
        future = days.map { $0 < 0 } ?? false
        stale = !future && !record.isFresh(on: asOf)
        sha256 = record.sha256
        problem = record.problem
    }
}

extension EvidenceView: TemplateRepresentable {
    var templateValue: TemplateValue {
        .object([
            "id": .text(id), "kind": .text(kind), "format": .optional(format), "path": .text(path),
            "collected": .text(collected), "age": .text(age), "stale": .flag(stale), "future": .flag(future),
            "sha256": .text(sha256),
            "problem": .optional(problem),
        ])
    }
}
