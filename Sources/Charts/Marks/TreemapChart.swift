import BICore

/// Parts of a whole as nested rectangles: one per `x` name sized by `y`; with `series`, names are
/// grouped under their parent (a category over its products), each group in one colour.
enum TreemapChart {
    static func draw(_ spec: ChartSpec, _ data: ChartData, _ layout: ChartLayout) throws(ChartError) -> Drawing {
        let x = try data.column(spec.x, for: "x")
        let value = try data.numericColumn(spec.y.first ?? "")
        let parent = try spec.series.map { name throws(ChartError) in try data.column(name) }
        let values = data.numbers(value)
        var groups: [String] = [], members: [[(name: String, value: Double)]] = []
        for row in 0..<data.rowCount where !values[row].isNaN && values[row] > 0 {
            let group = parent.map { data.table[row, $0].text } ?? ""
            let index = groups.firstIndex(of: group) ?? { groups.append(group); members.append([]); return groups.count - 1 }()
            members[index].append((data.table[row, x].text, values[row]))
        }
        let theme = layout.theme
        let grouped = parent != nil
        let panel = PanelFrame(layout: layout, spec: spec, legend: grouped ? spec.legend(groups, theme: theme) : [])
        let groupRects = Squarify.layout(members.map { $0.reduce(0) { $0 + $1.value } }, in: panel.content)
        let total = members.joined().reduce(0) { $0 + $1.value }
        var marks: [Scene.Node] = []
        let font = Font(size: 11, bold: true), small = Font(size: 10)
        for (groupIndex, items) in members.enumerated() {
            let rects = Squarify.layout(items.map(\.value), in: grouped ? groupRects[groupIndex].inset(by: 1.5) : groupRects[groupIndex])
            for (index, item) in items.enumerated() {
                let colour = grouped ? groupIndex : index
                let rect = rects[index]
                let share = NumberFormat.percent.full(item.value / total)
                marks.append(.rect(rect.inset(by: 0.5), fill: theme.seriesPaint(colour),
                                   tooltip: "\(grouped ? groups[groupIndex] + " · " : "")\(item.name): \(spec.yFormat.full(item.value)) (\(share))"))
                guard rect.width >= 36, rect.height >= 18 else { continue }
                let name = Truncation.fit(item.name, font: font, width: rect.width - 8, measurer: layout.measurer)
                marks.append(.text(Text(name, at: Point(rect.x + 4, rect.y + 14), font: font, paint: theme.seriesInk(colour))))
                let amount = spec.yFormat.axisLabel(item.value)
                if rect.height >= 32, layout.measurer.width(of: amount, font: small) <= rect.width - 8 {
                    marks.append(.text(Text(amount, at: Point(rect.x + 4, rect.y + 27), font: small, paint: theme.seriesInk(colour))))
                }
            }
        }
        let title = AltText.title(spec, measures: [data.table.columns[value].name])
        let largest = members.joined().max { $0.value < $1.value }
        var description = AltText.describe(spec, subject: title, count: members.joined().count, unit: "parts", low: nil, high: nil, format: spec.yFormat)
        if let largest { description += " The largest is \(largest.name) with \(spec.yFormat.full(largest.value)) of \(spec.yFormat.full(total))." }
        return Drawing(root: panel.root(marks: marks), title: title, description: description)
    }
}
