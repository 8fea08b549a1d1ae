import BICore
import Foundation

/// Shares of a whole as slices (pie) or a ring (donut, with the total in the hole). Slices run
/// clockwise from 12 o'clock in data order; beyond eight, the smallest merge into "Other".
/// Negative and missing values cannot be shares and are left out (the description says so).
enum PieChart {
    static let maxSlices = 8

    static func draw(_ spec: ChartSpec, _ data: ChartData, _ layout: ChartLayout) throws(ChartError) -> Drawing {
        var single = spec
        single.y = Array(spec.y.prefix(1))
        single.series = nil
        let table = try SeriesTable(spec: single, data: data)
        var slices = zip(table.categories, table.series[0].values).filter { !$0.1.isNaN && $0.1 > 0 }.map { (name: $0.0, value: $0.1) }
        let skipped = table.categories.count - slices.count
        if slices.count > maxSlices {
            let kept = slices.sorted { $0.value > $1.value }.prefix(maxSlices - 1)
            let keptNames = Set(kept.map(\.name))
            let rest = slices.filter { !keptNames.contains($0.name) }
            slices = slices.filter { keptNames.contains($0.name) } + [(name: "Other (\(rest.count))", value: rest.reduce(0) { $0 + $1.value })]
        }
        let total = slices.reduce(0) { $0 + $1.value }
        let theme = layout.theme
        let hasOther = table.categories.count > maxSlices && slices.count == maxSlices
        let legend = slices.enumerated().map {
            Legend.Entry(name: $0.element.name, paint: hasOther && $0.offset == maxSlices - 1 ? theme.neutralPaint : theme.seriesPaint($0.offset))
        }
        let panel = PanelFrame(layout: layout, spec: spec, legend: legend)
        let radius = Swift.max(4, Swift.min(panel.content.width, panel.content.height) / 2 - 4)
        let center = panel.content.center
        let hole = spec.type == .donut ? radius * 0.58 : 0
        var marks: [Scene.Node] = []
        var angle = -Double.pi / 2
        let font = Font(size: 11, bold: true)
        for (index, slice) in slices.enumerated() {
            let sweep = total > 0 ? slice.value / total * 2 * .pi : 0
            var path = Path()
            if hole > 0 {
                path.addArc(center: center, radius: radius, from: angle, to: angle + sweep)
                path.addArc(center: center, radius: hole, from: angle + sweep, to: angle)
            } else {
                path.move(to: center)
                path.addArc(center: center, radius: radius, from: angle, to: angle + sweep)
            }
            path.close()
            let share = slice.value / total
            let isOther = slices.count == maxSlices && index == maxSlices - 1 && table.categories.count > maxSlices
            marks.append(.path(path, stroke: slices.count > 1 ? Stroke(theme.backgroundPaint, width: 1.5) : nil,
                               fill: isOther ? theme.neutralPaint : theme.seriesPaint(index),
                               tooltip: "\(slice.name): \(spec.yFormat.full(slice.value)) (\(NumberFormat.percent.full(share)))"))
            let text = NumberFormat.trimmed(share * 100, maxDecimals: 0) + "%"
            if sweep > 0.3 {   // about 5%: room for a label inside the slice
                let middle = Path.point(on: center, radius: hole > 0 ? (radius + hole) / 2 : radius * 0.64, angle: angle + sweep / 2)
                marks.append(.text(Text(text, at: Point(middle.x, middle.y + 4), font: font, anchor: .middle,
                                        paint: isOther ? theme.textPaint : theme.seriesInk(index))))
            }
            angle += sweep
        }
        if hole > 0 {
            marks.append(.text(Text(spec.yFormat.axisLabel(total), at: Point(center.x, center.y + 4), font: Font(size: Swift.max(12, hole / 3), bold: true),
                                    anchor: .middle, paint: theme.textPaint)))
            marks.append(.text(Text("Total", at: Point(center.x, center.y + 4 + Swift.max(12, hole / 3)), font: Font(size: 11), anchor: .middle, paint: theme.labelPaint)))
        }
        let title = AltText.title(spec, measures: table.series.map(\.name))
        var description = "\(spec.type.displayName) of \(title.lowercasedFirst): " + slices.map {
            "\($0.name) \(NumberFormat.trimmed($0.value / total * 100, maxDecimals: 1))%"
        }.joined(separator: ", ") + " of \(spec.yFormat.full(total))."
        if slices.isEmpty { description = "\(spec.type.displayName) of \(title.lowercasedFirst): no positive values." }
        if skipped > 0 { description += " \(skipped) missing, zero or negative value\(skipped == 1 ? " is" : "s are") not shown." }
        return Drawing(root: panel.root(marks: marks), title: title, description: description)
    }
}
