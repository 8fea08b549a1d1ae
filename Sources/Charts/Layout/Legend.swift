/// Swatches and names in rows that wrap to the available width.
struct Legend {
    enum Shape: Hashable { case square, line, circle }

    struct Entry {
        var name: String
        var paint: Paint
        var shape: Shape = .square
    }

    static let font = Font(size: 11)
    static let rowHeight = 16.0

    let node: Scene.Node
    /// The y below the last row.
    let bottom: Double

    init(entries: [Entry], theme: ChartTheme, measurer: any TextMeasurer, origin: Point, maxWidth: Double) {
        var children: [Scene.Node] = []
        var cursor = origin
        for entry in entries {
            let name = Truncation.fit(entry.name, font: Legend.font, width: maxWidth - 30, measurer: measurer)
            let width = 10 + 5 + measurer.width(of: name, font: Legend.font) + 14
            if cursor.x + width > origin.x + maxWidth, cursor.x > origin.x {
                cursor = Point(origin.x, cursor.y + Legend.rowHeight)
            }
            switch entry.shape {
            case .square:
                children.append(.rect(Rect(x: cursor.x, y: cursor.y, width: 10, height: 10), fill: entry.paint, tooltip: nil))
            case .line:
                children.append(.path(Path(runs: [[Point(cursor.x, cursor.y + 5), Point(cursor.x + 10, cursor.y + 5)]]),
                                      stroke: Stroke(entry.paint, width: 2.5), fill: nil, tooltip: nil))
            case .circle:
                children.append(.circle(center: Point(cursor.x + 5, cursor.y + 5), radius: 4.5, fill: entry.paint, tooltip: nil))
            }
            children.append(.text(Text(name, at: Point(cursor.x + 15, cursor.y + 9), font: Legend.font, paint: theme.labelPaint)))
            cursor.x += width
        }
        node = .group(role: "legend", children: children)
        bottom = entries.isEmpty ? origin.y : cursor.y + Legend.rowHeight
    }
}
