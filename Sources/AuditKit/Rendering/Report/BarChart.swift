/// Geometry for a horizontal bar chart of scores (0–100), computed here so that every template
/// draws the same chart and the SVG carries only numbers the view model chose.
struct BarChart: Sendable, Encodable {
    /// One bar: a labelled score.
    struct Bar: Sendable, Encodable {
        /// Row label, e.g. "R2 Safety".
        let label: String
        /// The score as printed, e.g. "62.5" or "n/a".
        let value: String
        /// Top of the bar.
        let y: String
        /// Baseline for the row's text.
        let textY: String
        /// Width of the filled part of the bar.
        let width: String
        /// False when nothing applies, so there is no bar to draw.
        let scored: Bool
    }

    /// Layout constants, in SVG user units.
    enum Layout {
        static let width = 640
        static let rowHeight = 28
        static let barHeight = 16
        static let trackX = 250
        static let trackWidth = 320
        static let labelLimit = 34
    }

    /// Element id, for `aria-labelledby`.
    let id: String
    /// Chart title, read by screen readers.
    let title: String
    /// The chart's total height.
    let height: Int
    /// The bars, top to bottom.
    let bars: [Bar]
    /// Width and track geometry, repeated here so templates need no constants.
    let width = Layout.width
    let trackX = Layout.trackX
    let trackWidth = Layout.trackWidth
    let valueX = Layout.trackX + Layout.trackWidth + 10
    let barHeight = Layout.barHeight

    init(id: String, title: String, lines: [(label: String, score: Double?)]) {
        self.id = id
        self.title = title
        height = lines.count * Layout.rowHeight + 8
        bars = lines.enumerated().map { index, line in
            let top = 8 + index * Layout.rowHeight
            let fraction = min(max(line.score ?? 0, 0), 100) / 100
            return Bar(label: line.label.truncated(to: Layout.labelLimit),
                       value: ReportSummary.score(line.score),
                       y: "\(top)", textY: "\(top + Layout.barHeight - 3)",
                       width: (fraction * Double(Layout.trackWidth)).formatted(maxFractionDigits: 1),
                       scored: line.score != nil)
        }
    }
}

extension String {
    /// At most `limit` characters, ending in "…" when cut.
    func truncated(to limit: Int) -> String {
        count <= limit ? self : String(prefix(limit - 1)) + "…"
    }
}

extension BarChart: TemplateRepresentable {
    var templateValue: TemplateValue {
        .object([
            "id": .text(id), "title": .text(title), "height": .integer(height), "bars": .list(bars),
            "width": .integer(width), "trackX": .integer(trackX), "trackWidth": .integer(trackWidth),
            "valueX": .integer(valueX), "barHeight": .integer(barHeight),
        ])
    }
}

extension BarChart.Bar: TemplateRepresentable {
    var templateValue: TemplateValue {
        .object([
            "label": .text(label), "value": .text(value), "y": .text(y), "textY": .text(textY),
            "width": .text(width), "scored": .flag(scored),
        ])
    }
}
