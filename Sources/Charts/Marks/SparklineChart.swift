import BICore

/// A word-sized line without axes: the shape of a series, a faint area under it, and a dot with
/// the latest value at the end. Long series are downsampled like line charts. Annotations along x
/// (`xBand`, `xLine`, points) highlight a stretch or some points, as `<Insights>` does.
enum SparklineChart {
    static func draw(_ spec: ChartSpec, _ data: ChartData, _ layout: ChartLayout) throws(ChartError) -> Drawing {
        var single = spec
        single.y = Array(spec.y.prefix(1))
        single.series = nil
        let set = try SeriesSet(spec: single, data: data, pivot: false)
        let series = set.series[0]
        let panel = PanelFrame(layout: layout, spec: spec, margin: 4)
        let theme = layout.theme
        let last = series.ys.indices.last { !series.ys[$0].isNaN }
        let lastText = last.map { spec.yFormat.axisLabel(series.ys[$0]) } ?? ""
        let font = Font(size: Swift.min(12, Swift.max(9, panel.content.height / 3)), bold: true)
        let textWidth = layout.measurer.width(of: lastText, font: font) + 8
        let area = Rect(x: panel.content.x + 2, y: panel.content.y + 4, width: Swift.max(10, panel.content.width - textWidth - 6),
                        height: Swift.max(6, panel.content.height - 8))
        let x = SparklineChart.xScale(set, range: area.x...area.maxX)
        let y = LinearScale(domain: set.yExtent ?? 0...1, range: area.y...area.maxY, flipped: true)
        var runs: [[Point]] = [], fills: [[Point]] = []
        for run in series.runs {
            let kept = LTTB.indexes(xs: series.xs[run], ys: series.ys[run], threshold: Swift.max(8, Int(area.width * 2)))
            let points = kept.map { Point(x(series.xs[$0]), y(series.ys[$0])) }
            runs.append(points)
            fills.append(points + [Point(points.last!.x, area.maxY), Point(points[0].x, area.maxY)])
        }
        let paint = theme.seriesPaint(0)
        var marks: [Scene.Node] = [
            .path(Path(runs: fills, closed: true), stroke: nil, fill: paint.opacity(0.15), tooltip: nil),
            .path(Path(runs: runs), stroke: Stroke(paint, width: 1.5), fill: nil, tooltip: series.name),
        ]
        if let last {
            let point = Point(x(series.xs[last]), y(series.ys[last]))
            marks.append(.circle(center: point, radius: 2.5, fill: paint, tooltip: "\(set.xText(series, at: last, format: spec.xFormat)): \(spec.yFormat.full(series.ys[last]))"))
            marks.append(.text(Text(lastText, at: Point(area.maxX + 6, point.y + font.size * 0.35), font: font, paint: theme.textPaint)))
        }
        let title = AltText.title(spec, measures: [series.name])
        let values = series.ys.filter { !$0.isNaN }
        let description = AltText.describe(spec, subject: title, count: values.count, unit: "points",
                                           low: values.min().map { ($0, "") }, high: values.max().map { ($0, "") }, format: spec.yFormat)
            + (last.map { " Latest: \(spec.yFormat.full(series.ys[$0]))." } ?? "")
        let annotations = AnnotationMarks(plot: area, x: x, y: .linear(y, spec.yFormat), theme: theme, measurer: layout.measurer,
                                          valueAt: { series.value(near: $0) })
        marks += annotations.nodes(spec.annotations)
        return Drawing(root: panel.root(marks: marks), title: title, description: description)
    }

    /// The x scale across `range`: times, numbers, or categories evenly spaced from end to end
    /// (each band's centre on its point, so annotations can name categories).
    private static func xScale(_ set: SeriesSet, range: ClosedRange<Double>) -> AxisScale {
        let extent = set.xExtent ?? 0...1
        switch set.xKind {
        case .time: return .time(TimeScale(covering: [extent.lowerBound, extent.upperBound], range: range))
        case .linear: return .linear(LinearScale(domain: extent, range: range), .auto)
        case .band:
            let step = (range.upperBound - range.lowerBound) / Double(Swift.max(1, set.categories.count - 1))
            return .band(BandScale(categories: set.categories, range: (range.lowerBound - step / 2)...(range.upperBound + step / 2), padding: 0))
        }
    }
}
