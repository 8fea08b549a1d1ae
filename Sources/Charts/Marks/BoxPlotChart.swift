import BICore

/// The spread of a measure per category: box from the first to the third quartile, a line at the
/// median, whiskers to the furthest values within 1.5 × IQR, and the values beyond as dots.
enum BoxPlotChart {
    struct Summary {
        var low, q1, median, q3, high: Double
        var outliers: [Double]
        var count: Int

        /// Quartiles by linear interpolation between order statistics (R's type 7, NumPy's default).
        init?(_ values: [Double]) {
            let sorted = values.filter { !$0.isNaN }.sorted()
            guard !sorted.isEmpty else { return nil }
            func quantile(_ p: Double) -> Double {
                let position = p * Double(sorted.count - 1)
                let below = Int(position), fraction = position - Double(below)
                return below + 1 < sorted.count ? sorted[below] + (sorted[below + 1] - sorted[below]) * fraction : sorted[below]
            }
            q1 = quantile(0.25)
            median = quantile(0.5)
            q3 = quantile(0.75)
            let (lowerFence, upperFence) = (q1 - 1.5 * (q3 - q1), q3 + 1.5 * (q3 - q1))
            let (whiskerLow, whiskerHigh) = (sorted.first { $0 >= lowerFence } ?? q1, sorted.last { $0 <= upperFence } ?? q3)
            low = whiskerLow
            high = whiskerHigh
            outliers = sorted.filter { $0 < whiskerLow || $0 > whiskerHigh }
            count = sorted.count
        }
    }

    static func draw(_ spec: ChartSpec, _ data: ChartData, _ layout: ChartLayout) throws(ChartError) -> Drawing {
        let x = try data.column(spec.x, for: "x")
        guard let yName = spec.y.first else { throw ChartError(.missingEncoding("y")) }
        let values = data.numbers(try data.numericColumn(yName))
        var order: [String] = [], groups: [String: [Double]] = [:]
        for row in 0..<data.rowCount {
            let key = data.table[row, x].text
            if groups[key] == nil { order.append(key) }
            groups[key, default: []].append(values[row])
        }
        let summaries = order.map { Summary(groups[$0]!) }
        let all = summaries.compactMap { $0 }.flatMap { [$0.low, $0.high] + $0.outliers }
        let frame = CartesianFrame(layout: layout, spec: spec, legend: [], x: .band(order, padding: 0.35),
                                   y: spec.yScale == .log ? .log(extent(all), format: spec.yFormat) : .linear(extent(all), includeZero: false, format: spec.yFormat),
                                   titles: .init(x: spec.xAxisTitle, y: spec.yTitle ?? ColumnTitle.humanize(yName)))
        let band = frame.x.band!, theme = layout.theme
        var marks: [Scene.Node] = []
        for (position, summary) in summaries.enumerated() {
            guard let s = summary else { continue }
            let paint = theme.seriesPaint(0), left = band.start(at: position), center = band.center(at: position)
            let f = spec.yFormat
            let tooltip = "\(order[position]): median \(f.full(s.median)), quartiles \(f.full(s.q1))–\(f.full(s.q3)), range \(f.full(s.low))–\(f.full(s.high)), \(s.count) values"
            let whiskers = Path(runs: [[Point(center, frame.y(s.high)), Point(center, frame.y(s.q3))],
                                       [Point(center, frame.y(s.q1)), Point(center, frame.y(s.low))],
                                       [Point(center - band.bandwidth / 4, frame.y(s.high)), Point(center + band.bandwidth / 4, frame.y(s.high))],
                                       [Point(center - band.bandwidth / 4, frame.y(s.low)), Point(center + band.bandwidth / 4, frame.y(s.low))]])
            var children: [Scene.Node] = [
                .path(whiskers, stroke: Stroke(theme.labelPaint, width: 1.2), fill: nil, tooltip: nil),
                .rect(Rect(x: left, y: frame.y(s.q3), width: band.bandwidth, height: Swift.max(0.5, frame.y(s.q1) - frame.y(s.q3))),
                      fill: paint.opacity(0.35), tooltip: tooltip),
                .path(Path(runs: [[Point(left, frame.y(s.median)), Point(left + band.bandwidth, frame.y(s.median))]]),
                      stroke: Stroke(paint, width: 2.5), fill: nil, tooltip: "median \(f.full(s.median))"),
            ]
            for outlier in s.outliers.prefix(200) {
                children.append(.circle(center: Point(center, frame.y(outlier)), radius: 2.2, fill: paint.opacity(0.6),
                                        tooltip: "\(order[position]): \(f.full(outlier))"))
            }
            marks.append(.group(role: "box", children: children, tooltip: tooltip))
        }
        let title = "\(ColumnTitle.humanize(yName)) by \((spec.x ?? "category").replacingUnderscores)"
        let description = AltText.describe(spec, subject: title, count: order.count, unit: "groups", low: nil, high: nil, format: spec.yFormat)
        let annotations = AnnotationMarks(frame: frame, theme: theme, measurer: layout.measurer)
        return Drawing(root: frame.root(marks: marks, overlay: annotations.nodes(spec.annotations)), title: title, description: description)
    }
}
