import BICore

/// Vertical and horizontal bars; several series side by side (grouped), stacked, or stacked to 100%.
/// Single-series bars carry their value as a label when there is room for it.
enum BarChart {
    static func draw(_ spec: ChartSpec, _ data: ChartData, _ layout: ChartLayout) throws(ChartError) -> Drawing {
        let table = try SeriesTable(spec: spec, data: data)
        let horizontal = spec.type == .horizontalBar
        let stacked = spec.type == .stackedBar || spec.type == .stackedBar100
        let percent = spec.type == .stackedBar100
        let format: NumberFormat = percent ? .percent : spec.yFormat
        let spans = BarChart.spans(table, stacked: stacked, percent: percent)
        let valueExtent = extent(spans.joined().compactMap { $0 }.flatMap { [$0.from, $0.to] })
        let valueAxis = AxisModel.linear(valueExtent, includeZero: true, format: format)
        let bandAxis = AxisModel.band(table.categories, padding: 0.2)
        let valueTitle = percent ? (spec.yTitle ?? "Share") : spec.valueAxisTitle(table.series.map(\.name))
        let legend = spec.legend(table.series.map(\.name), theme: layout.theme)
        let frame = horizontal
            ? CartesianFrame(layout: layout, spec: spec, legend: legend, x: valueAxis, y: bandAxis,
                             titles: .init(x: valueTitle, y: spec.xAxisTitle))
            : CartesianFrame(layout: layout, spec: spec, legend: legend, x: bandAxis, y: valueAxis,
                             titles: .init(x: spec.xAxisTitle, y: valueTitle))
        let band = (horizontal ? frame.y : frame.x).band!
        let value = horizontal ? frame.x : frame.y
        let lanes = stacked ? 1 : Swift.max(1, table.series.count)
        let lane = band.bandwidth / Double(lanes)
        var marks: [Scene.Node] = []
        var labels: [Scene.Node] = []
        let labelFont = Font(size: 10)
        for (seriesIndex, series) in table.series.enumerated() {
            let paint = layout.theme.seriesPaint(seriesIndex)
            for position in series.values.indices {
                guard let span = spans[seriesIndex][position] else { continue }
                let start = band.start(at: position) + (stacked ? 0 : Double(seriesIndex) * lane)
                let thickness = Swift.max(0.5, lane - (lanes > 1 ? 1 : 0))
                let a = value(span.from), b = value(span.to)
                let rect = horizontal ? Rect(x: Swift.min(a, b), y: start, width: abs(b - a), height: thickness)
                                      : Rect(x: start, y: Swift.min(a, b), width: thickness, height: abs(b - a))
                var tooltip = table.tooltip(category: position, series: seriesIndex, format: spec.yFormat)
                if percent { tooltip += " (\(NumberFormat.percent.full(span.to - span.from)))" }
                marks.append(.rect(rect, fill: paint, tooltip: tooltip))
                guard table.series.count == 1, !stacked else { continue }
                let text = spec.yFormat.axisLabel(series.values[position])
                let width = layout.measurer.width(of: text, font: labelFont)
                if horizontal, thickness >= 11 {
                    let end = series.values[position] < 0 ? rect.x - 4 : rect.maxX + 4
                    labels.append(.text(Text(text, at: Point(end, rect.y + thickness / 2 + 3.5), font: labelFont,
                                             anchor: series.values[position] < 0 ? .end : .start, paint: layout.theme.labelPaint)))
                } else if !horizontal, width + 4 <= band.step, band.step >= 14 {
                    let y = series.values[position] < 0 ? rect.maxY + 12 : rect.y - 4
                    labels.append(.text(Text(text, at: Point(rect.x + thickness / 2, y), font: labelFont, anchor: .middle,
                                             paint: layout.theme.labelPaint)))
                }
            }
        }
        let annotations = AnnotationMarks(frame: frame, theme: layout.theme, measurer: layout.measurer, isSwapped: horizontal,
                                          valueAt: { index in
                                              let i = Int(index)
                                              return table.series.first.flatMap { i >= 0 && i < $0.values.count && !$0.values[i].isNaN ? $0.values[i] : nil }
                                          })
        let range = AltText.range(of: table)
        let title = AltText.title(spec, measures: table.series.map(\.name))
        return Drawing(root: frame.root(marks: marks + labels, overlay: annotations.nodes(spec.annotations)), title: title,
                       description: AltText.describe(spec, subject: title, count: table.categories.count, unit: "categories",
                                                     low: range.low, high: range.high, format: spec.yFormat))
    }

    struct Span {
        var from: Double
        var to: Double
    }

    /// Where each bar starts and ends in value space, per series and category (nil: no value).
    static func spans(_ table: SeriesTable, stacked: Bool, percent: Bool) -> [[Span?]] {
        var positive = Array(repeating: 0.0, count: table.categories.count)
        var negative = positive
        var totals = positive
        if percent {
            for series in table.series { for (i, v) in series.values.enumerated() where !v.isNaN { totals[i] += abs(v) } }
        }
        return table.series.map { series in
            series.values.enumerated().map { position, raw -> Span? in
                guard !raw.isNaN else { return nil }
                let value = percent ? (totals[position] == 0 ? 0 : raw / totals[position]) : raw
                guard stacked else { return Span(from: 0, to: value) }
                if value >= 0 {
                    defer { positive[position] += value }
                    return Span(from: positive[position], to: positive[position] + value)
                }
                defer { negative[position] += value }
                return Span(from: negative[position], to: negative[position] + value)
            }
        }
    }
}
