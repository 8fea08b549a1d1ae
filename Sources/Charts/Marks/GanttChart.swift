import BICore

/// A timeline of tasks: one row per `x` task, a bar from the first `y` date to the second,
/// coloured by `series` (a phase, an owner) when given.
enum GanttChart {
    static func draw(_ spec: ChartSpec, _ data: ChartData, _ layout: ChartLayout) throws(ChartError) -> Drawing {
        guard spec.y.count == 2 else { throw ChartError(.wrongCount("y", expected: "two columns: start and end")) }
        let task = try data.column(spec.x, for: "x")
        let startColumn = try data.column(spec.y[0]), endColumn = try data.column(spec.y[1])
        for column in [startColumn, endColumn] where data.rowCount > 0 && !data.isTemporal(column) {
            throw ChartError(.notTemporal(data.table.columns[column].name))
        }
        let starts = data.days(startColumn), ends = data.days(endColumn), tasks = data.labels(task)
        var groupOf = Array(repeating: 0, count: data.rowCount), groups: [String] = []
        if let seriesName = spec.series {
            let column = try data.column(seriesName)
            for row in 0..<data.rowCount {
                let name = data.table[row, column].text
                if let known = groups.firstIndex(of: name) { groupOf[row] = known } else { groupOf[row] = groups.count; groups.append(name) }
            }
        }
        let theme = layout.theme
        let frame = CartesianFrame(layout: layout, spec: spec, legend: spec.legend(groups, theme: theme), x: .time(extent(starts + ends)),
                                   y: .band(tasks, padding: 0.3), titles: .init(x: spec.xTitle, y: spec.yTitle))
        let band = frame.y.band!
        var marks: [Scene.Node] = []
        for row in tasks.indices where !starts[row].isNaN && !ends[row].isNaN {
            let a = frame.x(starts[row]), b = frame.x(Swift.max(ends[row], starts[row]))
            let days = Int((ends[row] - starts[row]).rounded())
            marks.append(.rect(Rect(x: a, y: band.start(at: row), width: Swift.max(2, b - a), height: band.bandwidth),
                               fill: theme.seriesPaint(groupOf[row]),
                               tooltip: "\(tasks[row]): \(data.table[row, startColumn].text) – \(data.table[row, endColumn].text) (\(days) days)"))
        }
        let title = "Timeline of \((spec.x ?? "tasks").replacingUnderscores)"
        let description = AltText.describe(spec, subject: title, count: tasks.count, unit: "tasks", low: nil, high: nil, format: .auto)
        let annotations = AnnotationMarks(frame: frame, theme: theme, measurer: layout.measurer)
        return Drawing(root: frame.root(marks: marks, overlay: annotations.nodes(spec.annotations)), title: title, description: description)
    }
}
