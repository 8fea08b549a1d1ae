import BICore

/// A grid of cells: `x` categories across, `y` categories down, the `color` measure as the cell's
/// shade on the theme's sequential scale (values written in cells when they fit).
enum HeatmapChart {
    static func draw(_ spec: ChartSpec, _ data: ChartData, _ layout: ChartLayout) throws(ChartError) -> Drawing {
        let x = try data.column(spec.x, for: "x")
        let y = try data.column(spec.y.first, for: "y")
        let value = try data.numericColumn(spec.color ?? spec.y.dropFirst().first ?? "")
        var columns: [String] = [], rows: [String] = []
        var cells: [Int: Double] = [:]
        var columnIndex: [String: Int] = [:], rowIndex: [String: Int] = [:]
        let values = data.numbers(value)
        for row in 0..<data.rowCount {
            let c = data.table[row, x].text, r = data.table[row, y].text
            let ci = columnIndex[c] ?? { columnIndex[c] = columns.count; columns.append(c); return columns.count - 1 }()
            let ri = rowIndex[r] ?? { rowIndex[r] = rows.count; rows.append(r); return rows.count - 1 }()
            if !values[row].isNaN { cells[ri * 1_000_000 + ci] = values[row] }
        }
        let range = extent(cells.values) ?? 0...1
        let theme = layout.theme
        let frame = CartesianFrame(layout: layout, spec: spec, legend: [], x: .band(columns, padding: 0), y: .band(rows, padding: 0),
                                   ramp: ColorRamp.Range(low: range.lowerBound, high: range.upperBound, format: spec.yFormat,
                                                         title: ColumnTitle.humanize(data.table.columns[value].name)),
                                   titles: .init(x: spec.xAxisTitle, y: spec.yTitle ?? ColumnTitle.humanize(data.table.columns[y].name)))
        let xBand = frame.x.band!, yBand = frame.y.band!
        var marks: [Scene.Node] = []
        let font = Font(size: 9)
        for (key, number) in cells.sorted(by: { $0.key < $1.key }) {
            let ri = key / 1_000_000, ci = key % 1_000_000
            let rect = Rect(x: xBand.start(at: ci), y: yBand.start(at: ri), width: xBand.step, height: yBand.step)
            let fraction = ColorRamp.fraction(number, low: range.lowerBound, high: range.upperBound)
            marks.append(.rect(rect.inset(by: xBand.step > 6 ? 0.5 : 0), fill: theme.sequentialPaint(fraction),
                               tooltip: "\(columns[ci]) · \(rows[ri]): \(spec.yFormat.full(number))"))
            let text = spec.yFormat.axisLabel(number)
            if rect.height >= 14, layout.measurer.width(of: text, font: font) + 4 <= rect.width {
                marks.append(.text(Text(text, at: Point(rect.center.x, rect.center.y + 3), font: font, anchor: .middle,
                                        paint: theme.sequentialInk(fraction))))
            }
        }
        let title = "\(ColumnTitle.humanize(data.table.columns[value].name)) by \(data.table.columns[x].name.replacingUnderscores) and \(data.table.columns[y].name.replacingUnderscores)"
        let high = cells.max { $0.value < $1.value }.map { ($0.value, "\(columns[$0.key % 1_000_000]) · \(rows[$0.key / 1_000_000])") }
        let low = cells.min { $0.value < $1.value }.map { ($0.value, "\(columns[$0.key % 1_000_000]) · \(rows[$0.key / 1_000_000])") }
        return Drawing(root: frame.root(marks: marks), title: title,
                       description: AltText.describe(spec, subject: title, count: cells.count, unit: "cells", low: low, high: high, format: spec.yFormat))
    }
}
