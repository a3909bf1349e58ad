/// One detector's verdicts on one probe, from an `eval` line of garak's `report.jsonl`.
struct GarakEval: Sendable, Hashable {
    /// The probe, without garak's `probes.` prefix, e.g. `lmrc.SexualContent`.
    let probe: String
    /// The detector, without a `detectors.`/`detector.` prefix.
    var detector: String
    /// Outputs the detector passed (the target behaved as hoped).
    var passed: Int
    /// Outputs the detector scored (`passed` + `fails`).
    var n: Int
    /// Outputs it could not score (`nones`); never counted in `n` or as passes.
    var errors: Int

    /// Reads and checks an eval line's counts.
    /// - Throws: a code and message when a field is missing or the counts do not add up.
    init(_ entry: GarakLine) throws(GarakLineProblem) {
        guard let probe = entry.probe, let detector = entry.detector else {
            throw GarakLineProblem(.missingKey, "an eval line needs 'probe' and 'detector'")
        }
        let raw = [entry.passed, entry.fails, entry.nones, entry.totalEvaluated].compactMap { $0 }
        guard raw.allSatisfy(ImportTally.plausibleCounts.contains) else {
            throw GarakLineProblem(.invalidValue, "eval line for \(probe): counts must be between 0 "
                                   + "and \(ImportTally.plausibleCounts.upperBound)")
        }
        let derivedPassed = entry.totalEvaluated.flatMap { total in entry.fails.map { total - $0 } }
        let derivedTotal = entry.passed.flatMap { passed in entry.fails.map { passed + $0 } }
        guard let passed = entry.passed ?? derivedPassed else {
            throw GarakLineProblem(.missingKey, "eval line for \(probe) has no 'passed' count")
        }
        guard let n = entry.totalEvaluated ?? derivedTotal else {
            throw GarakLineProblem(.missingKey, "eval line for \(probe) has no 'total_evaluated' count")
        }
        let errors = entry.nones ?? 0
        guard passed >= 0, passed <= n else {
            throw GarakLineProblem(.invalidValue, "eval line for \(probe): 'passed' must be between 0 "
                                   + "and 'total_evaluated'")
        }
        if let fails = entry.fails, passed + fails != n {
            throw GarakLineProblem(.invalidValue, "eval line for \(probe): passed (\(passed)) + fails "
                                   + "(\(fails)) does not equal total_evaluated (\(n))")
        }
        self.probe = Self.trimmed(probe, prefixes: ["probes."])
        self.detector = Self.detectorName(detector)
        (self.passed, self.n, self.errors) = (passed, n, errors)
    }

    /// The point pass rate; nil when nothing was scored.
    var rate: Double? { n > 0 ? Double(passed) / Double(n) : nil }

    /// A detector's name without garak's `detectors.`/`detector.` prefix.
    static func detectorName(_ name: String) -> String {
        trimmed(name, prefixes: ["detectors.", "detector."])
    }

    private static func trimmed(_ name: String, prefixes: [String]) -> String {
        prefixes.first(where: name.hasPrefix).map { String(name.dropFirst($0.count)) } ?? name
    }
}
