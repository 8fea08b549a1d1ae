import BICore

/// Lines (many series), areas and stacked areas over categories, numbers or time. A missing value
/// breaks the line. Long series are downsampled with LTTB to about two points per pixel of width;
/// points get markers with tooltips while there are few enough to tell apart. Interval bands
/// (``ChartSpec/bands``) are shaded under the lines.
enum LineChart {
    static func draw(_ spec: ChartSpec, _ data: ChartData, _ layout: ChartLayout) throws(ChartError) -> Drawing {
        let stacked = spec.type == .stackedArea
        let bandColumns = try BandMarks.columns(of: spec)
        var read = spec
        read.y += bandColumns
        var set = try SeriesSet(spec: read, data: data, pivot: stacked)
        let edges = Array(set.series.suffix(bandColumns.count))
        set.series.removeLast(bandColumns.count)
        if stacked { LineChart.stack(&set) }
        let yExtent = extent((set.series + edges).map { $0.ys })
        let includeZero = spec.type != .line || LineChart.nearZero(yExtent)
        let yAxis: AxisModel = spec.yScale == .log ? .log(yExtent, format: spec.yFormat)
                                                   : .linear(yExtent, includeZero: includeZero, format: spec.yFormat)
        let names = set.series.map(\.name)
        let bands = BandMarks(bands: spec.bands, edges: edges, lines: set.series)
        let legend = spec.bands.contains { $0.label != nil } ? bands.legend(lines: names, theme: layout.theme)
                                                             : spec.legend(names, theme: layout.theme, shape: stacked ? .square : .line)
        let frame = CartesianFrame(layout: layout, spec: spec, legend: legend,
                                   x: set.xAxis(spec), y: yAxis, titles: .init(x: spec.xAxisTitle, y: spec.valueAxisTitle(names)))
        let threshold = Swift.max(16, Int(frame.plot.width * 2))
        let showMarkers = set.series.allSatisfy { $0.ys.count <= Int(frame.plot.width / 10) } && spec.type == .line
        var marks = bands.nodes(x: frame.x, y: frame.y, threshold: threshold, theme: layout.theme)
        var lines: [Scene.Node] = []
        let baseline = frame.y.zero
        for (seriesIndex, series) in set.series.enumerated().reversed() {
            let paint = layout.theme.seriesPaint(seriesIndex)
            var runs: [[Point]] = []
            var areas: [[Point]] = []
            for run in series.runs {
                let kept = LTTB.indexes(xs: series.xs[run], ys: series.ys[run], threshold: threshold)
                let points = kept.map { Point(frame.x(series.xs[$0]), frame.y(series.ys[$0])) }
                runs.append(points)
                guard spec.type != .line else { continue }
                let floor: [Point] = stacked && seriesIndex > 0
                    ? kept.reversed().map { Point(frame.x(series.xs[$0]), frame.y(set.series[seriesIndex - 1].ys[$0].isNaN ? 0 : set.series[seriesIndex - 1].ys[$0])) }
                    : [Point(points.last!.x, baseline), Point(points[0].x, baseline)]
                areas.append(points + floor)
            }
            if !areas.isEmpty {
                marks.append(.path(Path(runs: areas, closed: true), stroke: nil, fill: paint.opacity(stacked ? 0.75 : 0.22), tooltip: series.name))
            }
            lines.append(.path(Path(runs: runs), stroke: Stroke(paint, width: stacked ? 1.5 : 2), fill: nil, tooltip: series.name))
            if showMarkers {
                for index in series.ys.indices where !series.ys[index].isNaN && !series.xs[index].isNaN {
                    let label = set.xText(series, at: index, format: spec.xFormat) + (set.series.count > 1 ? " · \(series.name)" : "")
                        + ": " + spec.yFormat.full(series.ys[index])
                    lines.append(.circle(center: Point(frame.x(series.xs[index]), frame.y(series.ys[index])), radius: 3, fill: paint, tooltip: label))
                }
            }
        }
        let first = set.series.first
        let annotations = AnnotationMarks(frame: frame, theme: layout.theme, measurer: layout.measurer, valueAt: { first?.value(near: $0) })
        let title = AltText.title(spec, measures: names)
        // The first lowest and highest values; their x is formatted once, not at every new extreme.
        var lowest: (value: Double, series: Int, index: Int)?, highest: (value: Double, series: Int, index: Int)?
        for (seriesIndex, series) in set.series.enumerated() {
            for index in series.ys.indices where !series.ys[index].isNaN {
                if series.ys[index] < (lowest?.value ?? .infinity) { lowest = (series.ys[index], seriesIndex, index) }
                if series.ys[index] > (highest?.value ?? -.infinity) { highest = (series.ys[index], seriesIndex, index) }
            }
        }
        var low = lowest.map { ($0.value, set.xText(set.series[$0.series], at: $0.index, format: spec.xFormat)) }
        var high = highest.map { ($0.value, set.xText(set.series[$0.series], at: $0.index, format: spec.xFormat)) }
        if stacked { (low, high) = (nil, nil) }
        var description = AltText.describe(spec, subject: title, count: set.pointCount, unit: "points", low: low, high: high, format: spec.yFormat)
        if set.series.contains(where: { $0.ys.count > threshold }) {
            description += " Drawn from \(threshold) points per series, chosen to keep the line's shape."
        }
        let shaded = spec.bands.compactMap(\.label)
        if !shaded.isEmpty { description += " Shaded: \(shaded.joined(separator: ", "))." }
        return Drawing(root: frame.root(marks: marks + lines, overlay: annotations.nodes(spec.annotations)), title: title, description: description)
    }

    /// Replaces each series' values by the running total over the series before it (missing counts as 0).
    static func stack(_ set: inout SeriesSet) {
        guard let count = set.series.first?.ys.count else { return }
        var totals = Array(repeating: 0.0, count: count)
        for index in set.series.indices {
            for position in 0..<count {
                let value = set.series[index].ys[position]
                totals[position] += value.isNaN ? 0 : value
                set.series[index].ys[position] = totals[position]
            }
        }
    }

    /// Lines whose values sit far from zero read better without a zero baseline.
    static func nearZero(_ extent: ClosedRange<Double>?) -> Bool {
        guard let extent else { return true }
        return extent.lowerBound <= 0 || extent.lowerBound < (extent.upperBound - extent.lowerBound)
    }
}
