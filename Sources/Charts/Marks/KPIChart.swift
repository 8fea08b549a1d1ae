import BICore

/// A big number: the latest `y` value, its change from the value before (▲ green, ▼ red, as a
/// percentage), and a sparkline of the whole series underneath.
enum KPIChart {
    static func draw(_ spec: ChartSpec, _ data: ChartData, _ layout: ChartLayout) throws(ChartError) -> Drawing {
        guard let yName = spec.y.first else { throw ChartError(.missingEncoding("y")) }
        let values = data.numbers(try data.numericColumn(yName))
        let xLabels = try spec.x.map { name throws(ChartError) in data.labels(try data.column(name)) }
        let present = values.indices.filter { !values[$0].isNaN }
        let theme = layout.theme
        let label = spec.title ?? ColumnTitle.humanize(yName)
        var marks: [Scene.Node] = [.text(Text(label, at: Point(12, 22), font: Font(size: 13, bold: true), paint: theme.labelPaint))]
        let bigSize = Swift.min(40, Swift.max(20, spec.height * 0.22))
        let valueText = present.last.map { spec.yFormat.axisLabel(values[$0]) } ?? "–"
        marks.append(.text(Text(valueText, at: Point(12, 26 + bigSize), font: Font(size: bigSize, bold: true), paint: theme.textPaint)))
        var description = "\(label): \(present.last.map { spec.yFormat.full(values[$0]) } ?? "no value")"
        var deltaBottom = 26 + bigSize
        if present.count >= 2 {
            let current = values[present[present.count - 1]], previous = values[present[present.count - 2]]
            let change = previous != 0 ? (current - previous) / abs(previous) : 0
            let up = current >= previous
            let since = xLabels.map { " vs \($0[present[present.count - 2]])" } ?? " vs previous"
            let text = (up ? "▲ " : "▼ ") + NumberFormat.percent.axisLabel(abs(change)) + since
            marks.append(.text(Text(text, at: Point(12, deltaBottom + 20), font: Font(size: 12, bold: true),
                                    paint: up ? theme.positivePaint : theme.negativePaint)))
            deltaBottom += 20
            description += ", \(up ? "up" : "down") \(NumberFormat.percent.full(abs(change)))\(since)"
        }
        if present.count >= 2, spec.height - deltaBottom > 24 {
            var line = spec
            line.type = .sparkline
            line.title = nil
            line.subtitle = nil
            line.width = spec.width
            line.height = spec.height - deltaBottom - 6
            let sparkline = try SparklineChart.draw(line, data, layout)
            marks.append(.group(role: "sparkline", children: [Self.offset(sparkline.root, by: deltaBottom + 6)]))
        }
        return Drawing(root: .group(role: "chart", children: [.group(role: "marks", children: marks)]), title: label, description: description + ".")
    }

    /// The same tree moved down by `dy` points.
    static func offset(_ node: Scene.Node, by dy: Double) -> Scene.Node {
        func move(_ point: Point) -> Point { Point(point.x, point.y + dy) }
        switch node {
        case .group(let role, let children, let tooltip): return .group(role: role, children: children.map { offset($0, by: dy) }, tooltip: tooltip)
        case .rect(var rect, let fill, let tooltip):
            rect.y += dy
            return .rect(rect, fill: fill, tooltip: tooltip)
        case .path(let path, let stroke, let fill, let tooltip):
            let moved = path.elements.map { element -> Path.Element in
                switch element {
                case .move(let p): .move(move(p))
                case .line(let p): .line(move(p))
                case .curve(let a, let b, let c): .curve(move(a), move(b), move(c))
                case .close: .close
                }
            }
            return .path(Path(moved), stroke: stroke, fill: fill, tooltip: tooltip)
        case .circle(let center, let radius, let fill, let tooltip): return .circle(center: move(center), radius: radius, fill: fill, tooltip: tooltip)
        case .text(var text):
            text.at = move(text.at)
            return .text(text)
        case .link(let href, let node): return .link(href: href, node: offset(node, by: dy))
        }
    }
}
