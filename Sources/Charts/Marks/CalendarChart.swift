import BICore

/// One cell per day in week columns (Monday at the top), a block per year, shaded by the day's
/// value (summed when a day appears more than once); days without data stay empty.
enum CalendarChart {
    static func draw(_ spec: ChartSpec, _ data: ChartData, _ layout: ChartLayout) throws(ChartError) -> Drawing {
        let x = try data.column(spec.x, for: "x")
        guard data.rowCount == 0 || data.isTemporal(x) else { throw ChartError(.notTemporal(data.table.columns[x].name)) }
        let value = try data.numericColumn(spec.color ?? spec.y.first ?? "")
        let days = data.days(x), values = data.numbers(value)
        var totals: [Int: Double] = [:]
        for row in 0..<data.rowCount where !days[row].isNaN && !values[row].isNaN {
            totals[Int(days[row].rounded(.down)), default: 0] += values[row]
        }
        let range = extent(totals.values) ?? 0...1
        let theme = layout.theme
        let panel = PanelFrame(layout: layout, spec: spec, ramp: ColorRamp.Range(low: range.lowerBound, high: range.upperBound, format: spec.yFormat,
                                                                                 title: ColumnTitle.humanize(data.table.columns[value].name)))
        let years = totals.isEmpty ? [] : Array(Day(dayNumber: totals.keys.min()!).year...Day(dayNumber: totals.keys.max()!).year)
        let labelWidth = 34.0
        let cell = Swift.max(2, Swift.min((panel.content.width - labelWidth) / 54, panel.content.height / Swift.max(1, Double(years.count) * 8.6)))
        var marks: [Scene.Node] = []
        let font = Font(size: Swift.min(10, Swift.max(7, cell * 0.8)))
        for (block, year) in years.enumerated() {
            let top = panel.content.y + Double(block) * cell * 8.6 + cell * 1.2
            let left = panel.content.x + labelWidth
            let first = Day(year: year, month: 1, day: 1)!
            let offset = first.weekday - 1
            marks.append(.text(Text(String(year), at: Point(panel.content.x, top - 3), font: Font(size: 10, bold: true), paint: theme.labelPaint)))
            for (row, name) in [(0, "Mon"), (2, "Wed"), (4, "Fri")] where cell >= 8 {
                marks.append(.text(Text(name, at: Point(left - 3, top + Double(row) * cell + cell * 0.8), font: font, anchor: .end, paint: theme.labelPaint)))
            }
            for month in 1...12 {
                let start = Day(year: year, month: month, day: 1)!
                let week = (start.dayNumber - first.dayNumber + offset) / 7
                marks.append(.text(Text(Temporal.monthNames[month - 1], at: Point(left + Double(week) * cell, top - 3), font: font, paint: theme.labelPaint)))
            }
            let length = Day.isLeap(year) ? 366 : 365
            for index in 0..<length {
                let number = first.dayNumber + index
                guard let total = totals[number] else { continue }
                let position = index + offset
                let rect = Rect(x: left + Double(position / 7) * cell, y: top + Double(position % 7) * cell, width: cell, height: cell)
                marks.append(.rect(rect.inset(by: cell >= 6 ? 0.5 : 0), fill: theme.sequentialPaint(ColorRamp.fraction(total, low: range.lowerBound, high: range.upperBound)),
                                   tooltip: "\(Day(dayNumber: number)): \(spec.yFormat.full(total))"))
            }
        }
        let title = "\(ColumnTitle.humanize(data.table.columns[value].name)) by day"
        let high = totals.max { $0.value < $1.value || ($0.value == $1.value && $0.key > $1.key) }.map { ($0.value, Day(dayNumber: $0.key).description) }
        let low = totals.min { $0.value < $1.value || ($0.value == $1.value && $0.key < $1.key) }.map { ($0.value, Day(dayNumber: $0.key).description) }
        return Drawing(root: panel.root(marks: marks), title: title,
                       description: AltText.describe(spec, subject: title, count: totals.count, unit: "days", low: low, high: high, format: spec.yFormat))
    }
}
