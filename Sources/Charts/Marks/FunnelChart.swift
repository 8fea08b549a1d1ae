import BICore

/// Stages that narrow: one centred bar per `x` stage, as wide as its `y` value, with the share of
/// the first stage and the step conversion from the stage before.
enum FunnelChart {
    static func draw(_ spec: ChartSpec, _ data: ChartData, _ layout: ChartLayout) throws(ChartError) -> Drawing {
        var single = spec
        single.y = Array(spec.y.prefix(1))
        single.series = nil
        let table = try SeriesTable(spec: single, data: data)
        let values = table.series[0].values.map { $0.isNaN ? 0 : Swift.max(0, $0) }
        let theme = layout.theme
        let panel = PanelFrame(layout: layout, spec: spec)
        let content = panel.content
        let labelWidth = Swift.min(content.width * 0.3, (table.categories.map { layout.measurer.width(of: $0, font: Font(size: 11)) }.max() ?? 0) + 12)
        let area = Rect(x: content.x + labelWidth, y: content.y, width: content.width - labelWidth, height: content.height)
        let step = area.height / Double(Swift.max(1, values.count))
        let largest = values.max() ?? 0
        var marks: [Scene.Node] = []
        let first = values.first ?? 0
        for (index, value) in values.enumerated() {
            let width = largest > 0 ? value / largest * area.width : 0
            let rect = Rect(x: area.x + (area.width - width) / 2, y: area.y + Double(index) * step + step * 0.1, width: Swift.max(1, width), height: step * 0.8)
            let ofFirst = first > 0 ? NumberFormat.percent.full(value / first) : "–"
            let fromPrevious = index > 0 && values[index - 1] > 0 ? ", \(NumberFormat.percent.full(value / values[index - 1])) of the stage before" : ""
            marks.append(.rect(rect, fill: theme.seriesPaint(0),
                               tooltip: "\(table.categories[index]): \(spec.yFormat.full(value)) (\(ofFirst) of the first\(fromPrevious))"))
            let name = Truncation.fit(table.categories[index], font: Font(size: 11), width: labelWidth - 12, measurer: layout.measurer)
            marks.append(.text(Text(name, at: Point(content.x + labelWidth - 12, rect.center.y + 4), font: Font(size: 11), anchor: .end, paint: theme.labelPaint)))
            let text = "\(spec.yFormat.axisLabel(value)) · \(ofFirst)"
            let inside = layout.measurer.width(of: text, font: Font(size: 11, bold: true)) + 8 <= rect.width && rect.height >= 14
            marks.append(.text(Text(text, at: Point(inside ? rect.center.x : rect.maxX + 6, rect.center.y + 4), font: Font(size: 11, bold: true),
                                    anchor: inside ? .middle : .start, paint: inside ? theme.seriesInk(0) : theme.textPaint)))
        }
        let title = AltText.title(spec, measures: table.series.map(\.name))
        var description = AltText.describe(spec, subject: title, count: values.count, unit: "stages", low: nil, high: nil, format: spec.yFormat)
        if let last = values.last, first > 0 {
            description += " From \(spec.yFormat.full(first)) at \(table.categories[0]) to \(spec.yFormat.full(last)) at \(table.categories.last!) (\(NumberFormat.percent.full(last / first)))."
        }
        return Drawing(root: panel.root(marks: marks), title: title, description: description)
    }
}
