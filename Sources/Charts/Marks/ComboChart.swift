import BICore

/// Bars for the `y` measures on the left axis and lines for the `y2` measures on a second axis at
/// the right, over the same categories: revenue as bars, order count as a line.
enum ComboChart {
    static func draw(_ spec: ChartSpec, _ data: ChartData, _ layout: ChartLayout) throws(ChartError) -> Drawing {
        guard !spec.y2.isEmpty else { throw ChartError(.missingEncoding("y2")) }
        var barSpec = spec
        barSpec.series = nil
        let bars = try SeriesTable(spec: barSpec, data: data)
        var lineSpec = barSpec
        lineSpec.y = spec.y2
        let lines = try SeriesTable(spec: lineSpec, data: data)
        let theme = layout.theme
        let legend = bars.series.enumerated().map { Legend.Entry(name: $0.element.name, paint: theme.seriesPaint($0.offset)) }
            + lines.series.enumerated().map { Legend.Entry(name: $0.element.name, paint: theme.seriesPaint(bars.series.count + $0.offset), shape: .line) }
        let frame = CartesianFrame(layout: layout, spec: spec, legend: legend, x: .band(bars.categories, padding: 0.25),
                                   y: .linear(extent(bars.allValues), includeZero: true, format: spec.yFormat),
                                   y2: .linear(extent(lines.allValues), includeZero: true, format: spec.y2Format),
                                   titles: .init(x: spec.xAxisTitle, y: spec.yTitle ?? ColumnTitle.humanize(bars.series[0].name),
                                                 y2: spec.y2Title ?? ColumnTitle.humanize(lines.series[0].name)))
        let band = frame.x.band!, y2 = frame.y2!
        var marks: [Scene.Node] = []
        let lane = band.bandwidth / Double(bars.series.count)
        for (index, series) in bars.series.enumerated() {
            for (position, value) in series.values.enumerated() where !value.isNaN {
                let top = frame.y(value), zero = frame.y.zero
                marks.append(.rect(Rect(x: band.start(at: position) + Double(index) * lane, y: Swift.min(top, zero),
                                        width: Swift.max(0.5, lane - (bars.series.count > 1 ? 1 : 0)), height: abs(zero - top)),
                                   fill: theme.seriesPaint(index), tooltip: bars.tooltip(category: position, series: index, format: spec.yFormat)))
            }
        }
        for (index, series) in lines.series.enumerated() {
            let paint = theme.seriesPaint(bars.series.count + index)
            var runs: [[Point]] = [[]]
            var dots: [Scene.Node] = []
            for (position, value) in series.values.enumerated() {
                guard !value.isNaN else { runs.append([]); continue }
                let point = Point(band.center(at: position), y2(value))
                runs[runs.count - 1].append(point)
                if band.step >= 10 {
                    dots.append(.circle(center: point, radius: 3, fill: paint,
                                        tooltip: "\(bars.categories[position]) · \(series.name): \(spec.y2Format.full(value))"))
                }
            }
            marks.append(.path(Path(runs: runs.filter { !$0.isEmpty }), stroke: Stroke(paint, width: 2.5), fill: nil, tooltip: series.name))
            marks += dots
        }
        let title = AltText.title(spec, measures: bars.series.map(\.name) + lines.series.map(\.name))
        let range = AltText.range(of: bars)
        let annotations = AnnotationMarks(frame: frame, theme: theme, measurer: layout.measurer)
        return Drawing(root: frame.root(marks: marks, overlay: annotations.nodes(spec.annotations)), title: title,
                       description: AltText.describe(spec, subject: title, count: bars.categories.count, unit: "categories",
                                                     low: range.low, high: range.high, format: spec.yFormat)
                        + " \(lines.series.map(\.name).joined(separator: ", ")) on the right axis.")
    }
}
