import BICore
import Foundation

/// Scatter plots and bubble charts: x and y numbers (or times), colour by `series`, area by `size`,
/// names from `label`. Above ``ScatterChart/binningThreshold`` points, dots are binned to 2-point
/// cells per series, each drawn once with an opacity that grows with the number of points it holds.
enum ScatterChart {
    static let binningThreshold = 4000

    static func draw(_ spec: ChartSpec, _ data: ChartData, _ layout: ChartLayout) throws(ChartError) -> Drawing {
        let xColumn = try data.column(spec.x, for: "x")
        guard let yName = spec.y.first else { throw ChartError(.missingEncoding("y")) }
        let yColumn = try data.numericColumn(yName)
        let (xs, isTime) = data.positions(xColumn)
        let ys = data.numbers(yColumn)
        let sizes = try spec.size.map { name throws(ChartError) in data.numbers(try data.numericColumn(name)) }
        let labels = try spec.label.map { name throws(ChartError) in data.labels(try data.column(name)) }
        // Each row's series; empty without a series column (all rows are series 0), rather than
        // an array of zeros as long as the data.
        var seriesOf: [Int] = []
        var names: [String] = []
        if let seriesName = spec.series {
            let column = try data.column(seriesName)
            var index: [String: Int] = [:]
            seriesOf = (0..<data.rowCount).map { row in
                let name = data.table[row, column].text
                return index[name] ?? { index[name] = names.count; names.append(name); return names.count - 1 }()
            }
        }
        let seriesIndex = { (row: Int) in seriesOf.isEmpty ? 0 : seriesOf[row] }
        let xAxis: AxisModel = isTime ? .time(extent(xs)) : spec.xScale == .log ? .log(extent(xs), format: spec.xFormat)
                                                                                  : .linear(extent(xs), includeZero: false, format: spec.xFormat)
        let yAxis: AxisModel = spec.yScale == .log ? .log(extent(ys), format: spec.yFormat) : .linear(extent(ys), includeZero: false, format: spec.yFormat)
        let frame = CartesianFrame(layout: layout, spec: spec, legend: spec.legend(names, theme: layout.theme, shape: .circle),
                                   x: xAxis, y: yAxis, titles: .init(x: spec.xAxisTitle, y: spec.yTitle ?? ColumnTitle.humanize(yName)))
        var valid: [Int] = []
        valid.reserveCapacity(data.rowCount)
        for row in 0..<data.rowCount where !xs[row].isNaN && !ys[row].isNaN && (spec.xScale != .log || xs[row] > 0) && (spec.yScale != .log || ys[row] > 0) {
            valid.append(row)
        }
        var marks: [Scene.Node] = []
        let theme = layout.theme
        if let sizes {
            let largest = valid.map { sizes[$0] }.filter { !$0.isNaN }.max() ?? 1
            let maxRadius = Swift.min(28, Swift.max(8, frame.plot.height / 10))
            // Biggest first, so small bubbles stay visible on top.
            for row in valid.sorted(by: { (sizes[$0].isNaN ? 0 : sizes[$0]) > (sizes[$1].isNaN ? 0 : sizes[$1]) }) {
                let radius = Swift.max(2, sqrt(Swift.max(0, sizes[row].isNaN ? 0 : sizes[row]) / Swift.max(largest, 1e-12)) * maxRadius)
                let tooltip = ScatterChart.tooltip(row, spec: spec, xs: xs, ys: ys, isTime: isTime, labels: labels) + ", \(spec.size!): \(NumberFormat.auto.full(sizes[row]))"
                marks.append(.circle(center: Point(frame.x(xs[row]), frame.y(ys[row])), radius: radius,
                                     fill: theme.seriesPaint(seriesIndex(row)).opacity(0.55), tooltip: tooltip))
            }
        } else if valid.count <= binningThreshold {
            for row in valid {
                marks.append(.circle(center: Point(frame.x(xs[row]), frame.y(ys[row])), radius: 3.5,
                                     fill: theme.seriesPaint(seriesIndex(row)).opacity(0.75),
                                     tooltip: ScatterChart.tooltip(row, spec: spec, xs: xs, ys: ys, isTime: isTime, labels: labels)))
            }
        } else {
            var binning = ScatterBinning(plot: frame.plot, cell: 2, seriesCount: Swift.max(1, names.count))
            for row in valid { binning.add(Point(frame.x(xs[row]), frame.y(ys[row])), series: seriesIndex(row)) }
            for series in 0..<binning.seriesCount {
                let bins = binning.bins(series: series)
                let busiest = Double(bins.lazy.map(\.count).max() ?? 1)
                // Opacity in five steps by log density: single points stay visible, crowds turn solid.
                let paint = theme.seriesPaint(series)
                let steps = (0...4).map { paint.opacity(0.35 + Double($0) * 0.15) }
                var dots: [Scene.Node] = []
                dots.reserveCapacity(bins.count)
                for bin in bins {
                    let level = busiest <= 1 ? 0 : Int((log(Double(bin.count)) / log(busiest) * 4).rounded())
                    dots.append(.circle(center: bin.point, radius: 1.6, fill: steps[level], tooltip: nil))
                }
                let name = names.isEmpty ? "" : names[series] + ": "
                marks.append(.group(role: "bins", children: dots,
                                    tooltip: "\(name)\(NumberFormat.integer.full(Double(bins.reduce(0) { $0 + $1.count }))) points in \(bins.count) dots"))
            }
        }
        let title = "\(ColumnTitle.humanize(yName)) against \((spec.x ?? "x").replacingUnderscores)"
        var description = AltText.describe(spec, subject: title, count: valid.count, unit: "points", low: nil, high: nil, format: spec.yFormat)
        if sizes == nil, valid.count > binningThreshold {
            description += " Dense: points are binned to 2-point cells, darker where more points fall."
        }
        let annotations = AnnotationMarks(frame: frame, theme: theme, measurer: layout.measurer)
        return Drawing(root: frame.root(marks: marks, overlay: annotations.nodes(spec.annotations)), title: title, description: description)
    }

    static func tooltip(_ row: Int, spec: ChartSpec, xs: [Double], ys: [Double], isTime: Bool, labels: [String]?) -> String {
        let x = isTime ? Day(dayNumber: Int(xs[row].rounded(.down))).description : spec.xFormat.full(xs[row])
        return (labels.map { $0[row] + ": " } ?? "") + "\(x), \(spec.yFormat.full(ys[row]))"
    }
}
