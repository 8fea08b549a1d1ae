import BICore

/// The series of a line, area or scatter chart and the kind of x axis they need. Small or
/// categorical data are pivoted through ``SeriesTable`` (one value per category and series);
/// large numeric or time data are read column-wise without any per-row strings.
struct SeriesSet {
    enum XKind { case band, linear, time }

    var series: [PointSeries]
    var xKind: XKind
    /// Categories, for band axes.
    var categories: [String] = []

    init(spec: ChartSpec, data: ChartData, pivot: Bool) throws(ChartError) {
        let xColumn = try data.column(spec.x ?? data.names.first, for: "x")
        let numericX = data.table.columns[xColumn].type.isNumeric
        let temporalX = !numericX && data.isTemporal(xColumn)
        if pivot || !(numericX || temporalX) {
            let table = try SeriesTable(spec: spec, data: data)
            let positions: [Double]
            if numericX || temporalX {
                positions = table.categories.map { numericX ? Double($0) ?? .nan : Temporal.days($0) ?? .nan }
                xKind = numericX ? .linear : .time
            } else {
                positions = table.categories.indices.map(Double.init)
                xKind = .band
                categories = table.categories
            }
            series = table.series.map { PointSeries(name: $0.name, xs: positions, ys: $0.values, xLabels: table.categories) }
            if xKind != .band { for index in series.indices { series[index].sortByX() } }
            return
        }
        xKind = numericX ? .linear : .time
        let xs = numericX ? data.numbers(xColumn) : data.days(xColumn)
        // Dates written as text (`2025-03`) read back as written in tooltips; only needed while markers are drawn.
        let labels = !numericX && data.rowCount <= SeriesSet.labelledRows ? data.labels(xColumn) : nil
        let yNames = spec.y.isEmpty ? data.names.enumerated().filter { $0.offset != xColumn && data.table.columns[$0.offset].type.isNumeric }.map(\.element) : spec.y
        guard !yNames.isEmpty else { throw ChartError(.missingEncoding("y")) }
        var yColumns: [Int] = []
        for name in yNames { yColumns.append(try data.numericColumn(name)) }
        if let seriesName = spec.series {
            let seriesColumn = try data.column(seriesName)
            let ys = data.numbers(yColumns[0])
            var index: [String: Int] = [:]
            var split: [PointSeries] = []
            for row in 0..<data.rowCount {
                let name = data.table[row, seriesColumn].text
                let position = index[name] ?? { index[name] = split.count; split.append(PointSeries(name: name, xs: [], ys: [], xLabels: labels.map { _ in [] })); return split.count - 1 }()
                split[position].xs.append(xs[row])
                split[position].ys.append(ys[row])
                if let labels { split[position].xLabels?.append(labels[row]) }
            }
            series = split
        } else {
            series = yColumns.map { PointSeries(name: data.table.columns[$0].name, xs: xs, ys: data.numbers($0), xLabels: labels) }
        }
        for index in series.indices { series[index].sortByX() }
    }

    /// Up to this many rows, text dates keep their own spelling for tooltips.
    static let labelledRows = 10_000

    var xExtent: ClosedRange<Double>? { extent(series.map { $0.xs }) }
    var yExtent: ClosedRange<Double>? { extent(series.map { $0.ys }) }
    var pointCount: Int { series.reduce(0) { $0 + $1.ys.count } }

    /// The x axis for these series.
    func xAxis(_ spec: ChartSpec) -> AxisModel {
        switch xKind {
        case .band: .band(categories, padding: 0)
        case .time: .time(xExtent)
        case .linear: spec.xScale == .log ? .log(xExtent, format: spec.xFormat) : .linear(xExtent, includeZero: false, format: spec.xFormat)
        }
    }

    /// How an x position reads in a tooltip.
    func xText(_ series: PointSeries, at index: Int, format: NumberFormat) -> String {
        if let labels = series.xLabels { return labels[index] }
        switch xKind {
        case .time: return Day(dayNumber: Int(series.xs[index].rounded(.down))).description
        default: return format.full(series.xs[index])
        }
    }
}
