import BICore
import Foundation

/// The distribution of one numeric column: equal-width bins on round boundaries, bar height the count.
enum HistogramChart {
    static func draw(_ spec: ChartSpec, _ data: ChartData, _ layout: ChartLayout) throws(ChartError) -> Drawing {
        let name = spec.x ?? spec.y.first
        let column = try data.numericColumn(name ?? data.names.first ?? "x")
        let values = data.numbers(column).filter { !$0.isNaN }
        let range = extent(values) ?? 0...1
        let wanted = spec.bins ?? Swift.min(50, Int((log2(Double(Swift.max(1, values.count)))).rounded(.up)) + 1)
        // Round bin edges: a nice step over the range, so edges read as 10, 20, 30…
        let step = HistogramChart.binWidth(range, bins: wanted)
        let start = (range.lowerBound / step).rounded(.down) * step
        let count = Swift.max(1, Int(((range.upperBound - start) / step).rounded(.down)) + 1)
        var counts = Array(repeating: 0, count: count)
        for value in values { counts[Swift.min(count - 1, Swift.max(0, Int((value - start) / step)))] += 1 }
        let frame = CartesianFrame(layout: layout, spec: spec, legend: [],
                                   x: .linear(start...(start + Double(count) * step), includeZero: false, format: spec.xFormat),
                                   y: .linear(0...Double(counts.max() ?? 1), includeZero: true, format: .integer),
                                   titles: .init(x: spec.xTitle ?? name.map(ColumnTitle.humanize), y: spec.yTitle ?? "Count"))
        let paint = layout.theme.seriesPaint(0)
        var marks: [Scene.Node] = []
        for (bin, number) in counts.enumerated() where number > 0 {
            let low = start + Double(bin) * step, high = low + step
            let a = frame.x(low), b = frame.x(high), top = frame.y(Double(number))
            marks.append(.rect(Rect(x: a + 0.5, y: top, width: Swift.max(0.5, b - a - 1), height: frame.y.zero - top), fill: paint,
                               tooltip: "\(spec.xFormat.full(low)) – \(spec.xFormat.full(high)): \(NumberFormat.integer.full(Double(number)))"))
        }
        let title = "Distribution of \((name ?? "values").replacingUnderscores)"
        let description = AltText.describe(spec, subject: title, count: values.count, unit: "values in \(count) bins",
                                           low: (range.lowerBound, ""), high: (range.upperBound, ""), format: spec.xFormat)
        let annotations = AnnotationMarks(frame: frame, theme: layout.theme, measurer: layout.measurer)
        return Drawing(root: frame.root(marks: marks, overlay: annotations.nodes(spec.annotations)), title: title, description: description)
    }

    /// A round bin width (1, 2, 2.5 or 5 × 10ⁿ) giving the bin count closest to `bins`.
    static func binWidth(_ range: ClosedRange<Double>, bins: Int) -> Double {
        let span = range.upperBound - range.lowerBound
        guard span > 0 else { return 1 }
        let magnitude = LinearScale.pow10(LinearScale.floorLog10(span / Double(Swift.max(1, bins))))
        let candidates = [1.0, 2, 2.5, 5, 10].map { $0 * magnitude }
        return candidates.min { abs(span / $0 - Double(bins)) < abs(span / $1 - Double(bins)) }!
    }
}
