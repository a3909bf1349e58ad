/// Everything a due-diligence report shows, computed once from a result, so that the Markdown
/// and HTML templates say the same thing. Templates read its stored properties by name; see
/// `docs/reports.md` for the full list.
struct ReportContext: Sendable, Encodable {
    let title: String
    let deployment: DeploymentIdentity
    let asOf: String
    let page: PageView
    let verdict: VerdictView
    let pillars: [PillarView]
    let areaChart: BarChart
    let requirementChart: BarChart
    let exposure: ExposureView?
    let findings: [FindingView]
    let requirements: [ScoreLineView]
    let areas: [ScoreLineView]
    let controls: [ControlRow]
    /// True when a profile built the checklist, so the matrix shows each control's origin.
    let hasProvenance: Bool
    let skipped: [SkippedControl]
    let baseline: BaselineView?
    let waivers: [WaiverView]
    let evidence: [EvidenceView]
    let measurements: [MeasurementView]
    let methodology: MethodologyView

    init(_ result: AuditResult, page: PageView) {
        let summary = ReportSummary(result: result)
        title = summary.deploymentTitle
        deployment = result.deployment
        asOf = result.asOf.description
        self.page = page
        verdict = VerdictView(summary)
        pillars = summary.pillars.map(PillarView.init)
        areaChart = BarChart(id: "chart-areas", title: "Score by safeguard area",
                             lines: result.score.byArea.map { ($0.title, $0.score) })
        requirementChart = BarChart(id: "chart-requirements", title: "Score by requirement",
                                    lines: result.score.byRequirement.map { ("\($0.id) \($0.title)", $0.score) })
        exposure = result.exposure.map(ExposureView.init)
        let requirementTitles = Dictionary(result.score.byRequirement.map { ($0.id, $0.title) },
                                           uniquingKeysWith: { first, _ in first })
        findings = summary.findings.map { FindingView($0, requirementTitle: requirementTitles[$0.requirement] ?? "") }
        requirements = result.score.byRequirement.map(ScoreLineView.init)
        areas = result.score.byArea.map(ScoreLineView.init)
        controls = result.controls.map(ControlRow.init)
        hasProvenance = result.controls.contains { $0.provenance != nil }
        skipped = result.skipped ?? []
        baseline = result.baseline.map(BaselineView.init)
        waivers = result.waivers.map(WaiverView.init)
        evidence = result.evidence.map { EvidenceView($0, asOf: result.asOf) }
        measurements = (result.measurements ?? []).map(MeasurementView.init)
        methodology = MethodologyView(result)
    }
}

extension ReportContext: TemplateRepresentable {
    var templateValue: TemplateValue {
        .object([
            "title": .text(title), "deployment": deployment.templateValue, "asOf": .text(asOf),
            "page": page.templateValue, "verdict": verdict.templateValue, "pillars": .list(pillars),
            "areaChart": areaChart.templateValue, "requirementChart": requirementChart.templateValue,
            "exposure": .optional(exposure), "findings": .list(findings), "requirements": .list(requirements),
            "areas": .list(areas), "controls": .list(controls), "hasProvenance": .flag(hasProvenance),
            "skipped": .list(skipped), "baseline": .optional(baseline), "waivers": .list(waivers),
            "evidence": .list(evidence), "measurements": .list(measurements),
            "methodology": methodology.templateValue,
        ])
    }
}
