/// Draws a line chart's ``IntervalBand``s: per run of rows where both edges are present, one
/// closed shape along the upper edge and back along the lower, in the colour of its series.
/// Long runs are thinned to about `threshold` points; a shaded range needs no more.
struct BandMarks {
    let bands: [IntervalBand]
    /// The lower and upper edge of each band, in order, read like the lines.
    let edges: [PointSeries]
    /// The index of each band's series among the lines, for its colour.
    let seriesIndexes: [Int]

    /// The edge columns a spec's bands read, lower then upper for each band; they need the lines
    /// named in `y`, without a series split or stacking.
    static func columns(of spec: ChartSpec) throws(ChartError) -> [String] {
        guard !spec.bands.isEmpty else { return [] }
        guard !spec.y.isEmpty, spec.series == nil, spec.type != .stackedArea else {
            throw ChartError(.unsupported("interval bands need the lines named in y, without a series split or stacking"))
        }
        for band in spec.bands {
            if let series = band.series, !spec.y.contains(where: { $0.lowercased() == series.lowercased() }) {
                throw ChartError(.missingColumn(series, available: spec.y))
            }
        }
        return spec.bands.flatMap { [$0.lower, $0.upper] }
    }

    init(bands: [IntervalBand], edges: [PointSeries], lines: [PointSeries]) {
        self.bands = bands
        self.edges = edges
        seriesIndexes = bands.map { band in
            band.series.flatMap { name in lines.firstIndex { $0.name.lowercased() == name.lowercased() } } ?? 0
        }
    }

    /// Every line (even a single one, so the bands read against it) and every labelled band.
    func legend(lines names: [String], theme: ChartTheme) -> [Legend.Entry] {
        names.enumerated().map { Legend.Entry(name: $0.element, paint: theme.seriesPaint($0.offset), shape: .line) }
            + bands.indices.compactMap { index in
                bands[index].label.map { Legend.Entry(name: $0, paint: paint(index, theme: theme), shape: .square) }
            }
    }

    /// The shapes, widest band first as given, to go under the lines.
    func nodes(x: AxisScale, y: AxisScale, threshold: Int, theme: ChartTheme) -> [Scene.Node] {
        bands.indices.map { index in
            let (lower, upper) = (edges[2 * index], edges[2 * index + 1])
            var shapes: [[Point]] = []
            for run in BandMarks.runs(lower: lower, upper: upper) {
                let step = Swift.max(1, run.count / Swift.max(1, threshold))
                var kept = Array(stride(from: run.lowerBound, to: run.upperBound, by: step))
                if kept.last != run.upperBound - 1 { kept.append(run.upperBound - 1) }
                shapes.append(kept.map { Point(x(upper.xs[$0]), y(upper.ys[$0])) }
                              + kept.reversed().map { Point(x(lower.xs[$0]), y(lower.ys[$0])) })
            }
            let band = bands[index]
            return .path(Path(runs: shapes, closed: true), stroke: nil, fill: paint(index, theme: theme),
                         tooltip: band.label ?? "\(band.lower) – \(band.upper)")
        }
    }

    private func paint(_ index: Int, theme: ChartTheme) -> Paint {
        theme.seriesPaint(seriesIndexes[index]).opacity(bands[index].opacity)
    }

    /// Runs of rows where x and both edges are present.
    private static func runs(lower: PointSeries, upper: PointSeries) -> [Range<Int>] {
        var both = lower
        for index in both.ys.indices where upper.ys[index].isNaN { both.ys[index] = .nan }
        return both.runs
    }
}
