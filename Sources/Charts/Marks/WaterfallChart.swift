import BICore

/// A running total built step by step: each bar floats from the total before it, rising in the
/// positive colour or falling in the negative one, and a last bar shows the end total.
enum WaterfallChart {
    static func draw(_ spec: ChartSpec, _ data: ChartData, _ layout: ChartLayout) throws(ChartError) -> Drawing {
        var single = spec
        single.y = Array(spec.y.prefix(1))
        single.series = nil
        let table = try SeriesTable(spec: single, data: data)
        let deltas = table.series[0].values.map { $0.isNaN ? 0 : $0 }
        var totals: [Double] = [0]
        for delta in deltas { totals.append(totals.last! + delta) }
        let categories = table.categories + ["Total"]
        let theme = layout.theme
        let frame = CartesianFrame(layout: layout, spec: spec,
                                   legend: [Legend.Entry(name: "Increase", paint: theme.positivePaint), Legend.Entry(name: "Decrease", paint: theme.negativePaint),
                                            Legend.Entry(name: "Total", paint: theme.seriesPaint(0))],
                                   x: .band(categories, padding: 0.25), y: .linear(extent(totals), includeZero: true, format: spec.yFormat),
                                   titles: .init(x: spec.xAxisTitle, y: spec.valueAxisTitle(table.series.map(\.name))))
        let band = frame.x.band!
        var marks: [Scene.Node] = []
        for position in categories.indices {
            let isTotal = position == deltas.count
            let from = isTotal ? 0 : totals[position], to = isTotal ? totals.last! : totals[position + 1]
            let a = frame.y(from), b = frame.y(to)
            let paint = isTotal ? theme.seriesPaint(0) : (to >= from ? theme.positivePaint : theme.negativePaint)
            let tooltip = isTotal ? "Total: \(spec.yFormat.full(to))"
                                  : "\(categories[position]): \(deltas[position] >= 0 ? "+" : "")\(spec.yFormat.full(deltas[position])) → \(spec.yFormat.full(to))"
            marks.append(.rect(Rect(x: band.start(at: position), y: Swift.min(a, b), width: band.bandwidth, height: Swift.max(0.5, abs(b - a))),
                               fill: paint, tooltip: tooltip))
            if position + 1 < categories.count {   // connector to the next bar
                marks.append(CartesianFrame.rule(from: Point(band.start(at: position) + band.bandwidth, b),
                                                 to: Point(band.start(at: position + 1), b), stroke: Stroke(theme.labelPaint, width: 1, dash: [2, 2])))
            }
        }
        let title = AltText.title(spec, measures: table.series.map(\.name))
        let description = AltText.describe(spec, subject: title, count: deltas.count, unit: "steps", low: nil, high: nil, format: spec.yFormat)
            + " It ends at \(spec.yFormat.full(totals.last!))."
        let annotations = AnnotationMarks(frame: frame, theme: theme, measurer: layout.measurer)
        return Drawing(root: frame.root(marks: marks, overlay: annotations.nodes(spec.annotations)), title: title, description: description)
    }
}
