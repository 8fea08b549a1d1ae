import BICore

/// Vertical bars, grouped side by side when there are several series.
struct BarMarks {
    let nodes: [Scene.Node]

    init(frame: CartesianFrame, table: SeriesTable, format: NumberFormat) {
        let groups = Double(table.series.count)
        let width = frame.x.bandwidth / groups
        let zero = frame.y(0)
        var nodes: [Scene.Node] = []
        for (seriesIndex, series) in table.series.enumerated() {
            let paint = frame.layout.theme.seriesPaint(seriesIndex)
            for (position, value) in series.values.enumerated() {
                guard let value else { continue }
                let top = frame.y(value)
                let x = frame.x.start(at: position) + Double(seriesIndex) * width
                let label = table.categories[position] + (groups > 1 ? " · \(series.name)" : "") + ": " + format.full(value)
                nodes.append(.rect(Rect(x: x, y: Swift.min(top, zero), width: Swift.max(0.5, width - (groups > 1 ? 1 : 0)),
                                        height: abs(zero - top)), fill: paint, tooltip: label))
            }
        }
        self.nodes = nodes
    }
}
