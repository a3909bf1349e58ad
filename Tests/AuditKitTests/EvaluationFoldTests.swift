import Testing
@testable import AuditKit

/// Folding evaluations one at a time gives what Kleene `all` and `any` give over the list:
/// every sequence of up to three truths, with the deciding parts' reasons in order.
@Suite struct EvaluationFoldTests {
    static let truths: [Truth] = [.holds, .fails, .unknown, .error]
    static let sequences: [[Truth]] = [[]] + truths.map { [$0] }
        + truths.flatMap { a in truths.map { [a, $0] } }
        + truths.flatMap { a in truths.flatMap { b in truths.map { [a, b, $0] } } }

    /// Part `index` says why it is `truth`, used evidence `e<index>`, and is fresh when odd.
    static func parts(_ sequence: [Truth]) -> [Evaluation] {
        sequence.enumerated().map { index, truth in
            Evaluation(truth, [Reason("\(index) \(truth)")], evidence: ["e\(index)"], fresh: index % 2 == 1)
        }
    }

    /// The deciding truth: the first in `order` that any part has, else `empty`.
    static func expected(_ sequence: [Truth], order: [Truth], empty: Truth)
        -> (truth: Truth, reasons: [String], fresh: Bool) {
        let truth = order.first { sequence.contains($0) } ?? empty
        let deciding = sequence.indices.filter { sequence[$0] == truth }
        return (truth, deciding.map { "\($0) \(truth)" }, deciding.contains { $0 % 2 == 1 })
    }

    @Test(arguments: sequences)
    func allDecidesByFailsThenErrorThenUnknown(_ sequence: [Truth]) {
        check(.all(Self.parts(sequence)), Self.expected(sequence, order: [.fails, .error, .unknown, .holds],
                                                        empty: .holds), sequence)
    }

    @Test(arguments: sequences)
    func anyDecidesByHoldsThenErrorThenUnknown(_ sequence: [Truth]) {
        check(.any(Self.parts(sequence)), Self.expected(sequence, order: [.holds, .error, .unknown, .fails],
                                                        empty: .fails), sequence)
    }

    private func check(_ result: Evaluation, _ expected: (truth: Truth, reasons: [String], fresh: Bool),
                       _ sequence: [Truth]) {
        #expect(result.truth == expected.truth)
        #expect(result.reasons.map(\.message) == expected.reasons)
        #expect(result.usedFreshEvidence == expected.fresh)
        #expect(result.evidence == Set(sequence.indices.map { "e\($0)" }))
    }

    /// A part added as a truth and one reason folds as the same part added as an evaluation.
    @Test(arguments: sequences)
    func aPartWithOneReasonFoldsAsAnEvaluationDoes(_ sequence: [Truth]) {
        for connective in [EvaluationFold.Connective.all, .any] {
            var direct = EvaluationFold(connective), whole = EvaluationFold(connective)
            for (index, truth) in sequence.enumerated() {
                direct.add(truth, Reason("\(index) \(truth)"))
                whole.add(Evaluation(truth, [Reason("\(index) \(truth)")]))
            }
            #expect(direct.result.truth == whole.result.truth)
            #expect(direct.result.reasons.map(\.message) == whole.result.reasons.map(\.message))
            #expect(direct.result.usedFreshEvidence == whole.result.usedFreshEvidence)
        }
    }
}
