import BICore

/// Word-sized bars without axes, one per row in order, from a zero baseline: a small histogram
/// in a table cell, or recent periods side by side. Every bar names its value in a tooltip.
enum SparkbarChart {
    static func draw(_ spec: ChartSpec, _ data: ChartData, _ layout: ChartLayout) throws(ChartError) -> Drawing {
        var single = spec
        single.y = Array(spec.y.prefix(1))
        single.series = nil
        single.sort = .none
        let table = try SeriesTable(spec: single, data: data)
        let values = table.series[0].values
        let panel = PanelFrame(layout: layout, spec: spec, margin: 2)
        let area = panel.content
        let x = BandScale(categories: table.categories, range: area.x...area.maxX, padding: table.categories.count > 24 ? 0.1 : 0.2)
        let y = LinearScale(covering: values, range: area.y...area.maxY, includeZero: true, flipped: true)
        let paint = layout.theme.seriesPaint(0)
        var marks: [Scene.Node] = []
        for (position, value) in values.enumerated() where !value.isNaN {
            let top = y(Swift.max(value, 0)), bottom = y(Swift.min(value, 0))
            // At least a hairline, so a small non-zero count is not mistaken for none.
            let height = value == 0 ? 0 : Swift.max(1, bottom - top)
            marks.append(.rect(Rect(x: x.start(at: position), y: value < 0 ? top : bottom - height, width: Swift.max(0.5, x.bandwidth), height: height),
                               fill: paint, tooltip: table.tooltip(category: position, series: 0, format: spec.yFormat)))
        }
        let title = AltText.title(spec, measures: [table.series[0].name])
        let range = AltText.range(of: table)
        let description = AltText.describe(spec, subject: title, count: table.categories.count, unit: "bars",
                                           low: range.low, high: range.high, format: spec.yFormat)
        return Drawing(root: panel.root(marks: marks), title: title, description: description)
    }
}
