import BICore

/// One line per series through the category centres; a missing value breaks the line.
/// Points get markers (with tooltips) while there are few enough to tell apart.
struct LineMarks {
    let nodes: [Scene.Node]

    init(frame: CartesianFrame, table: SeriesTable, format: NumberFormat) {
        var nodes: [Scene.Node] = []
        let showMarkers = frame.x.step >= 8
        for (seriesIndex, series) in table.series.enumerated() {
            let paint = frame.layout.theme.seriesPaint(seriesIndex)
            var runs: [[Point]] = [[]]
            var markers: [Scene.Node] = []
            for (position, value) in series.values.enumerated() {
                guard let value else {
                    if !(runs.last?.isEmpty ?? true) { runs.append([]) }
                    continue
                }
                let point = Point(frame.x.center(at: position), frame.y(value))
                runs[runs.count - 1].append(point)
                if showMarkers {
                    let label = table.categories[position] + (table.series.count > 1 ? " · \(series.name)" : "") + ": " + format.full(value)
                    markers.append(.circle(center: point, radius: 3, fill: paint, tooltip: label))
                }
            }
            nodes.append(.path(Path(runs: runs.filter { !$0.isEmpty }), stroke: Stroke(paint, width: 2), fill: nil, tooltip: series.name))
            nodes += markers
        }
        self.nodes = nodes
    }
}
