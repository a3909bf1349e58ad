/// Evaluates a `metric` leaf against measured evidence.
///
/// A measured rate below the threshold *fails*. A missing, stale or too-small measurement, or
/// one whose lower bound does not yet prove the threshold, is *unknown*: unproven, not safe.
struct MetricEvaluator {
    let evidence: EvidenceSet
    let asOf: Day

    func evaluate(_ test: MetricTest) -> Evaluation {
        guard let measurement = evidence.latest(test.category) else { return missing(test) }
        let source = evidence.record(measurement.evidenceID)
        let ids: Set<String> = [measurement.evidenceID]
        let at = source?.location
        let age = measurement.collected.days(until: asOf)
        var sentence = UTF8Text(capacity: 192)
        sentence += test.category
        sentence += ": "
        sentence += measurement.passes.description
        sentence += "/"
        sentence += measurement.samples.description
        sentence += " ("
        sentence += measurement.rate.percentText
        sentence += ")"
        let counts = sentence.string
        if let limit = test.maxAgeDays, age > limit || age < 0 {
            return Evaluation(.unknown, [Reason("\(counts) measured \(measurement.collected), "
                                                + "\(Day.ageText(age)) (limit \(limit))", at: at)],
                              evidence: ids)
        }
        let threshold = test.lowerBoundAtLeast ?? test.atLeast ?? 0
        if let minimum = test.atLeast, measurement.rate < minimum {
            return failed(counts + ", below the required \(minimum.percentText)", ids, at)
        }
        if let bound = test.lowerBoundAtLeast, measurement.rate < bound {
            return failed(counts + ", below the required \(bound.percentText)", ids, at)
        }
        if let minimum = test.minSamples, measurement.samples < minimum {
            return Evaluation(.unknown, [Reason("\(counts): \(measurement.samples) samples, fewer than "
                                                + "the \(minimum) required", at: at)], evidence: ids)
        }
        if let bound = test.lowerBoundAtLeast, measurement.lowerBound < bound {
            return Evaluation(.unknown, [Reason("\(counts), but its 95% lower bound "
                                                + "\(measurement.lowerBound.percentText) is below the "
                                                + "required \(bound.percentText): more samples needed",
                                                at: at)], evidence: ids)
        }
        // The common case goes on in `sentence`, after the counts (a chain of `+` made a new
        // string per piece, and appending to a `String` cost ≈ 330 instructions a piece).
        if test.lowerBoundAtLeast != nil {
            sentence += ", 95% lower bound "
            sentence += measurement.lowerBound.percentText
        }
        sentence += ", at least "
        sentence += threshold.percentText
        sentence += " (evidence "
        sentence += measurement.evidenceID
        sentence += ", "
        sentence += measurement.collected.description
        sentence += ")"
        let text = sentence.string
        return Evaluation(.holds, [Reason(text, at: at)], evidence: ids, fresh: true)
    }

    private func failed(_ message: String, _ ids: Set<String>, _ at: SourceLocation?) -> Evaluation {
        Evaluation(.fails, [Reason(message, at: at)], evidence: ids, fresh: true)
    }

    private func missing(_ test: MetricTest) -> Evaluation {
        let broken = evidence.failures.filter { $0.format != nil }
        guard broken.isEmpty else {
            let names = broken.map { "'\($0.id)' (\($0.problem ?? "unreadable"))" }
            return Evaluation(.error, [Reason("no readable evidence measures \(test.category); "
                                              + "could not import " + names.joined(separator: ", "),
                                              at: broken.first?.location)],
                              evidence: Set(broken.map(\.id)))
        }
        return Evaluation(.unknown, [Reason("no evidence measures \(test.category)")])
    }
}
