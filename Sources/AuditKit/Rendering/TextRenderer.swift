/// The terminal summary: verdict, scores, pillars, exposure and every unmet control with its
/// reason, location and fix.
public struct TextRenderer: ReportRenderer {
    /// Plain or ANSI.
    public let style: TextStyle

    /// Creates the renderer.
    public init(style: TextStyle = .plain) { self.style = style }

    public func render(_ result: AuditResult) -> String {
        let summary = ReportSummary(result: result)
        var lines = header(summary) + [""] + gate(result) + [""] + scores(summary)
        if let exposure = result.exposure { lines += [""] + self.exposure(exposure) }
        if let baseline = result.baseline { lines += [""] + self.baseline(baseline) }
        if let skipped = result.skipped, !skipped.isEmpty {
            lines += ["", style.apply(.muted, "Skipped by profile: " + skipped.map(\.id).joined(separator: ", "))]
        }
        lines += [""] + findings(summary)
        return lines.joined(separator: "\n") + "\n"
    }

    private func header(_ summary: ReportSummary) -> [String] {
        let result = summary.result
        let profile = result.checklist.profile.map { " + profile \($0)" } ?? ""
        return [
            style.apply(.strong, "Safeguard audit — \(summary.deploymentTitle)"),
            style.apply(.muted, "checklist \(result.checklist.id) \(result.checklist.version)"
                        + "\(profile) · as of \(result.asOf)"),
        ]
    }

    private func gate(_ result: AuditResult) -> [String] {
        let threshold = "fail on \(result.gate.failOn.rawValue)"
            + (result.gate.minScore.map { ", min score \($0.formatted(maxFractionDigits: 2))" } ?? "")
            + (result.gate.tierRule.map { ", \($0.rawValue)-tier rule" } ?? "")
        guard !result.gate.passed else {
            return [style.apply(.good, "GATE PASSED") + " (\(threshold))"]
        }
        return [style.apply(.bad, "GATE FAILED") + " (\(threshold))"]
            + result.gate.reasons.map { "  ✗ " + $0 }
    }

    private func scores(_ summary: ReportSummary) -> [String] {
        let score = summary.result.score
        var lines = ["Score \(ReportSummary.score(score.overall)) / 100 (without waivers "
                     + "\(ReportSummary.score(score.withoutWaivers))) · evidence coverage "
                     + "\(ReportSummary.score(score.evidenceCoverage))%",
                     summary.outcomeCounts, "", style.apply(.strong, "Pillars")]
        for pillar in summary.pillars {
            let name = pillar.area.title.padding(toLength: 26, withPad: " ", startingAt: 0)
            let value = ReportSummary.score(pillar.line?.score).padding(toLength: 6, withPad: " ",
                                                                        startingAt: 0)
            let worst = pillar.worst.map { "worst: \($0.id) \($0.outcome.rawValue)" } ?? ""
            lines.append("  \(name)\(value)\(worst)")
        }
        return lines
    }

    private func baseline(_ comparison: BaselineComparison) -> [String] {
        let changes = "\(comparison.regressions.count) regressed, \(comparison.improvements.count) improved"
        return [style.apply(.strong, "Against the baseline of \(comparison.baselineAsOf): ") + changes]
            + comparison.regressionLines.map { "  " + style.apply(.bad, "↓") + " " + $0 }
    }

    private func exposure(_ exposure: Exposure) -> [String] {
        let fired = exposure.factors.filter { $0.status != .notFired }.map {
            "\($0.id) +\($0.points)" + ($0.status == .assumed ? " (assumed)" : "")
        }
        return [style.apply(.strong, "Social-integration exposure: \(exposure.tier.rawValue) "
                            + "(\(exposure.score)/100)"),
                "  " + (fired.isEmpty ? "no factor fired" : fired.joined(separator: ", "))]
    }

    private func findings(_ summary: ReportSummary) -> [String] {
        let findings = summary.findings
        var lines = [style.apply(.strong, "Findings (\(findings.count))")]
        if findings.isEmpty { lines.append("  none: every applicable control passed or is waived") }
        for control in findings {
            let tag = style.apply(style.role(for: control.outcome), control.outcome.rawValue)
            lines.append("  \(control.severity.rawValue.uppercased()) \(control.id) \(tag): \(control.title)")
            lines += control.reasons.map { "      " + $0.message }
            if let location = control.location { lines.append("      at \(location)") }
            lines.append(style.apply(.muted, "      fix: " + control.remediation.flattened))
        }
        return lines
    }
}

extension String {
    /// The text on one line: line breaks, tabs and runs of spaces become single spaces, and
    /// none is left at either end. Works on UTF-8 bytes: every byte it looks at is ASCII, which
    /// never occurs inside a longer UTF-8 sequence (and a CRLF pair counts as the break it is).
    var flattened: String {
        let flat = utf8.withContiguousStorageIfAvailable(Self.flattening)
            ?? Array(utf8).withUnsafeBufferPointer(Self.flattening)
        return flat ?? self
    }

    /// `bytes` on one line, as `flattened` says; nil when they are already (most texts are:
    /// one pass over them says so, without a copy).
    private static func flattening(_ bytes: UnsafeBufferPointer<UInt8>) -> String? {
        guard !isFlat(bytes) else { return nil }
        // Never longer than `bytes`: a run of white space becomes at most one space.
        return String(unsafeUninitializedCapacity: bytes.count) { out in
            var (count, spacePending) = (0, false)
            for byte in bytes {
                if byte == 0x0A || byte == 0x0D || byte == 0x20 || byte == 0x09 {
                    spacePending = count > 0
                    continue
                }
                if spacePending {
                    out[count] = 0x20
                    count += 1
                }
                spacePending = false
                out[count] = byte
                count += 1
            }
            return count
        }
    }

    /// Whether `bytes` hold no line break or tab, and no space that is leading, trailing or
    /// next to another: what `flattened` would leave as it is.
    private static func isFlat(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        var afterSpace = true  // a leading space is not flat
        for byte in bytes {
            switch byte {
            case 0x0A, 0x0D, 0x09: return false
            case 0x20:
                if afterSpace { return false }
                afterSpace = true
            default: afterSpace = false
            }
        }
        return bytes.isEmpty || !afterSpace
    }
}
