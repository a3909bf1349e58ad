/// A GitHub-flavoured Markdown due-diligence report: verdict, pillars, exposure, findings,
/// score by requirement, control matrix, waivers, evidence index and methodology.
public struct MarkdownRenderer: ReportRenderer {
    /// Creates the renderer.
    public init() {}

    public func render(_ result: AuditResult) -> String {
        let summary = ReportSummary(result: result)
        let sections = [verdict(summary), pillars(summary), exposure(result), findings(summary),
                        requirements(result), matrix(result), waivers(result), evidence(result),
                        methodology(result)]
        return sections.compactMap { $0 }.joined(separator: "\n\n") + "\n"
    }

    private func verdict(_ summary: ReportSummary) -> String {
        let result = summary.result
        let verdict = result.gate.passed ? "**PASSED**" : "**FAILED**"
        var lines = ["# Safeguard audit: \(summary.deploymentTitle.markdownEscaped)", "",
                     "Gate: \(verdict) · Score **\(ReportSummary.score(result.score.overall))** / 100 "
                     + "(without waivers \(ReportSummary.score(result.score.withoutWaivers))) · "
                     + "Evidence coverage \(ReportSummary.score(result.score.evidenceCoverage))% · "
                     + "As of \(result.asOf)", "", summary.outcomeCounts]
        if !result.gate.reasons.isEmpty {
            lines += ["", "The gate failed because:"] + result.gate.reasons.map { "- " + $0.markdownEscaped }
        }
        return lines.joined(separator: "\n")
    }

    private func pillars(_ summary: ReportSummary) -> String {
        let rows = summary.pillars.map { pillar in
            [pillar.area.title, ReportSummary.score(pillar.line?.score),
             pillar.worst.map { "\($0.id) (\($0.severity.rawValue), \($0.outcome.rawValue))" } ?? "—"]
        }
        return "## The four pillars\n\n"
            + MarkdownTable(header: ["Pillar", "Score", "Worst finding"], rows: rows).text
    }

    private func exposure(_ result: AuditResult) -> String? {
        guard let exposure = result.exposure else { return nil }
        let rows = exposure.factors.map { factor in
            [factor.id, "+\(factor.points)", factor.status.rawValue, factor.reason]
        }
        return "## Social-integration exposure: \(exposure.tier.rawValue) (\(exposure.score)/100)\n\n"
            + MarkdownTable(header: ["Factor", "Points", "Status", "Why it raises exposure"],
                            rows: rows).text
    }

    private func findings(_ summary: ReportSummary) -> String {
        let findings = summary.findings
        guard !findings.isEmpty else {
            return "## Findings\n\nNone: every applicable control passed or is waived."
        }
        let blocks = findings.map { control -> String in
            var lines = ["### \(control.id) · \(control.severity.rawValue) · \(control.outcome.rawValue): "
                         + control.title.markdownEscaped, ""]
            lines += control.reasons.map { reason in
                "- " + reason.message.markdownEscaped
                    + (reason.location.map { " (`\($0.description.codeSpanSafe)`)" } ?? "")
            }
            lines += ["", "**Why it matters:** " + control.rationale.flattened.markdownEscaped, "",
                      "**How to fix:** " + control.remediation.flattened.markdownEscaped, "",
                      "**References:** " + control.refs.joined(separator: ", ")
                        + (control.confidence?.needsFlag == true
                           ? " (confidence: \(control.confidence?.rawValue ?? ""))" : "")]
            return lines.joined(separator: "\n")
        }
        return "## Findings\n\n" + blocks.joined(separator: "\n\n")
    }

    private func requirements(_ result: AuditResult) -> String {
        let rows = result.score.byRequirement.map { line in
            [line.id, line.title, ReportSummary.score(line.score), "\(line.controls)"]
        }
        return "## Score by requirement\n\n"
            + MarkdownTable(header: ["Requirement", "Title", "Score", "Applicable controls"],
                            rows: rows).text
    }

    private func matrix(_ result: AuditResult) -> String {
        let rows = result.controls.map { control in
            [control.id, control.title, control.area.rawValue, control.severity.rawValue,
             control.outcome.rawValue + (control.waivedOutcome.map { " (\($0.rawValue))" } ?? "")]
        }
        return "## Control matrix\n\n"
            + MarkdownTable(header: ["Control", "Title", "Area", "Severity", "Outcome"], rows: rows).text
    }

    private func waivers(_ result: AuditResult) -> String? {
        guard !result.waivers.isEmpty else { return nil }
        let rows = result.waivers.map { waiver in
            [waiver.control, waiver.status.rawValue, waiver.approvedBy, waiver.approvedOn.description,
             waiver.expires.description, waiver.justification]
        }
        return "## Waivers\n\n" + MarkdownTable(
            header: ["Control", "Status", "Approved by", "Approved on", "Expires", "Justification"],
            rows: rows).text
    }

    private func evidence(_ result: AuditResult) -> String {
        guard !result.evidence.isEmpty else { return "## Evidence\n\nNo evidence files were given." }
        let rows = result.evidence.map { record in
            [record.id, record.kind.rawValue, record.path, record.collected?.description ?? "—",
             record.age(on: result.asOf).map { "\($0) days" } ?? "—", record.sha256]
        }
        return "## Evidence\n\n" + MarkdownTable(
            header: ["Id", "Kind", "File", "Collected", "Age", "SHA-256"], rows: rows).text
    }

    private func methodology(_ result: AuditResult) -> String {
        let inputs = result.inputs.map { "- \($0.role.rawValue): `\($0.path.codeSpanSafe)` sha256 `\($0.sha256)`" }
        return (["## Methodology", "",
                 "Checklist \(result.checklist.id) \(result.checklist.version) · "
                 + "\(result.tool.name) \(result.tool.version) · as of \(result.asOf)", "",
                 ScoreSummary.formula + ".", "", "Inputs:"] + inputs).joined(separator: "\n")
    }
}
