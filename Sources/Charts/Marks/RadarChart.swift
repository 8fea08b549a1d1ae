import BICore
import Foundation

/// Several measures around a circle: one spoke per `x` category, one closed polygon per series,
/// distance from the centre the value on a shared scale from zero.
enum RadarChart {
    static func draw(_ spec: ChartSpec, _ data: ChartData, _ layout: ChartLayout) throws(ChartError) -> Drawing {
        let table = try SeriesTable(spec: spec, data: data)
        let theme = layout.theme
        let panel = PanelFrame(layout: layout, spec: spec, legend: spec.legend(table.series.map(\.name), theme: theme, shape: .line))
        let font = Font(size: 11)
        let labelRoom = Swift.min(90, (table.categories.map { layout.measurer.width(of: $0, font: font) }.max() ?? 0) + 10)
        let radius = Swift.max(10, Swift.min(panel.content.width / 2 - labelRoom, panel.content.height / 2 - 18))
        let center = panel.content.center
        var scale = LinearScale(covering: table.allValues, range: 0...radius, includeZero: true, flipped: false)
        scale.nice(count: 4)
        let count = Swift.max(1, table.categories.count)
        func angle(_ index: Int) -> Double { -Double.pi / 2 + 2 * Double.pi * Double(index) / Double(count) }
        var marks: [Scene.Node] = []
        for tick in scale.ticks(count: 4) where tick > 0 {
            let ring = (0..<count).map { Path.point(on: center, radius: scale(tick), angle: angle($0)) }
            marks.append(.path(Path(runs: [ring], closed: true), stroke: theme.gridStroke, fill: nil, tooltip: nil))
            // Ring values along the middle of the first sector, clear of the spoke labels.
            let at = Path.point(on: center, radius: scale(tick), angle: angle(0) + Double.pi / Double(count))
            marks.append(.text(Text(spec.yFormat.axisLabel(tick), at: Point(at.x + 2, at.y - 2), font: Font(size: 9), paint: theme.labelPaint)))
        }
        for (index, category) in table.categories.enumerated() {
            let end = Path.point(on: center, radius: radius, angle: angle(index))
            marks.append(CartesianFrame.rule(from: center, to: end, stroke: theme.gridStroke))
            let labelPoint = Path.point(on: center, radius: radius + 8, angle: angle(index))
            let cosine = cos(angle(index))
            let anchor: Text.Anchor = abs(cosine) < 0.2 ? .middle : (cosine > 0 ? .start : .end)
            let text = Truncation.fit(category, font: font, width: labelRoom - 8, measurer: layout.measurer)
            marks.append(.text(Text(text, at: Point(labelPoint.x, labelPoint.y + 4 + sin(angle(index)) * 4), font: font, anchor: anchor, paint: theme.labelPaint)))
        }
        for (seriesIndex, series) in table.series.enumerated() {
            let paint = theme.seriesPaint(seriesIndex)
            let points = series.values.enumerated().map { Path.point(on: center, radius: scale($0.element.isNaN ? 0 : Swift.max(0, $0.element)), angle: angle($0.offset)) }
            marks.append(.path(Path(runs: [points], closed: true), stroke: Stroke(paint, width: 2), fill: paint.opacity(0.15), tooltip: series.name))
            for (position, point) in points.enumerated() where !series.values[position].isNaN {
                marks.append(.circle(center: point, radius: 3, fill: paint, tooltip: table.tooltip(category: position, series: seriesIndex, format: spec.yFormat)))
            }
        }
        let title = AltText.title(spec, measures: table.series.map(\.name))
        let range = AltText.range(of: table)
        return Drawing(root: panel.root(marks: marks), title: title,
                       description: AltText.describe(spec, subject: title, count: table.categories.count, unit: "spokes",
                                                     low: range.low, high: range.high, format: spec.yFormat))
    }
}
