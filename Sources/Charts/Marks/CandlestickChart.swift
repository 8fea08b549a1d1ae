import BICore

/// Open, high, low and close per period (`y` names the four columns in that order): a wick from low
/// to high and a body from open to close, in the positive colour when the period closed higher.
enum CandlestickChart {
    static func draw(_ spec: ChartSpec, _ data: ChartData, _ layout: ChartLayout) throws(ChartError) -> Drawing {
        guard spec.y.count == 4 else { throw ChartError(.wrongCount("y", expected: "four columns: open, high, low, close")) }
        let x = try data.column(spec.x, for: "x")
        var columns: [[Double]] = []
        for name in spec.y { columns.append(data.numbers(try data.numericColumn(name))) }
        let labels = data.labels(x)
        let theme = layout.theme
        let frame = CartesianFrame(layout: layout, spec: spec,
                                   legend: [Legend.Entry(name: "Closed higher", paint: theme.positivePaint), Legend.Entry(name: "Closed lower", paint: theme.negativePaint)],
                                   x: .band(labels, padding: 0.3),
                                   y: .linear(extent(columns[1] + columns[2]), includeZero: false, format: spec.yFormat),
                                   titles: .init(x: spec.xAxisTitle, y: spec.yTitle))
        let band = frame.x.band!
        var marks: [Scene.Node] = []
        for row in labels.indices {
            let (open, high, low, close) = (columns[0][row], columns[1][row], columns[2][row], columns[3][row])
            guard !open.isNaN, !high.isNaN, !low.isNaN, !close.isNaN else { continue }
            let paint = close >= open ? theme.positivePaint : theme.negativePaint
            let f = spec.yFormat
            let tooltip = "\(labels[row]): open \(f.full(open)), high \(f.full(high)), low \(f.full(low)), close \(f.full(close))"
            let center = band.center(at: row)
            let top = frame.y(Swift.max(open, close)), bottom = frame.y(Swift.min(open, close))
            marks.append(.group(role: "candle", children: [
                .path(Path(runs: [[Point(center, frame.y(high)), Point(center, frame.y(low))]]), stroke: Stroke(paint, width: 1), fill: nil, tooltip: nil),
                .rect(Rect(x: band.start(at: row), y: top, width: Swift.max(0.5, band.bandwidth), height: Swift.max(1, bottom - top)), fill: paint, tooltip: tooltip),
            ], tooltip: tooltip))
        }
        let title = "\(ColumnTitle.humanize(spec.y[3])) by \((spec.x ?? "period").replacingUnderscores)"
        var description = AltText.describe(spec, subject: title, count: labels.count, unit: "periods", low: nil, high: nil, format: spec.yFormat)
        let closes = columns[3].enumerated().filter { !$0.element.isNaN }
        if let first = closes.first, let last = closes.last {
            description.removeLast()
            description += ", closing at \(spec.yFormat.full(first.element)) (\(labels[first.offset])) and at \(spec.yFormat.full(last.element)) (\(labels[last.offset]))."
        }
        let annotations = AnnotationMarks(frame: frame, theme: theme, measurer: layout.measurer)
        return Drawing(root: frame.root(marks: marks, overlay: annotations.nodes(spec.annotations)), title: title, description: description)
    }
}
