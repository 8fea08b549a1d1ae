/// Swatches and series names in rows that wrap to the available width.
struct Legend {
    let node: Scene.Node
    let bottom: Double

    static let font = Font(size: 11)

    init(names: [String], theme: ChartTheme, measurer: any TextMeasurer, origin: Point, maxWidth: Double) {
        var children: [Scene.Node] = []
        var cursor = origin
        let rowHeight = 16.0
        for (index, name) in names.enumerated() {
            let width = 10 + 5 + measurer.width(of: name, font: Legend.font) + 14
            if cursor.x + width > origin.x + maxWidth, cursor.x > origin.x {
                cursor = Point(origin.x, cursor.y + rowHeight)
            }
            children.append(.rect(Rect(x: cursor.x, y: cursor.y, width: 10, height: 10), fill: theme.seriesPaint(index), tooltip: nil))
            children.append(.text(Text(name, at: Point(cursor.x + 15, cursor.y + 9), font: Legend.font, paint: theme.labelPaint)))
            cursor.x += width
        }
        node = .group(role: "legend", children: children)
        bottom = cursor.y + rowHeight
    }
}
