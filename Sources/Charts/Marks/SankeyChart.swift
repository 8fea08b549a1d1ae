import BICore

/// Flows between nodes: each row is a link from `x` (source) to `target` worth `y`. Nodes sit in
/// columns by their longest path from a source; links are bands as thick as their value, coloured
/// by their source. Cycles are broken by ignoring links back to an earlier column.
enum SankeyChart {
    struct Link {
        var source: Int
        var target: Int
        var value: Double
    }

    static func draw(_ spec: ChartSpec, _ data: ChartData, _ layout: ChartLayout) throws(ChartError) -> Drawing {
        let source = try data.column(spec.x, for: "x")
        let target = try data.column(spec.target, for: "target")
        let value = try data.numericColumn(spec.y.first ?? "")
        var names: [String] = [], index: [String: Int] = [:]
        func node(_ name: String) -> Int { index[name] ?? { index[name] = names.count; names.append(name); return names.count - 1 }() }
        let values = data.numbers(value)
        var links: [Link] = []
        for row in 0..<data.rowCount where !values[row].isNaN && values[row] > 0 {
            links.append(Link(source: node(data.table[row, source].text), target: node(data.table[row, target].text), value: values[row]))
        }
        // Columns: longest path from any source, relaxed |nodes| times so cycles cannot loop forever.
        var column = Array(repeating: 0, count: names.count)
        for _ in 0..<names.count {
            var changed = false
            for link in links where column[link.target] < column[link.source] + 1 && column[link.source] + 1 < names.count {
                column[link.target] = column[link.source] + 1
                changed = true
            }
            if !changed { break }
        }
        links = links.filter { column[$0.target] > column[$0.source] }
        let inflow = names.indices.map { n in links.filter { $0.target == n }.reduce(0) { $0 + $1.value } }
        let outflow = names.indices.map { n in links.filter { $0.source == n }.reduce(0) { $0 + $1.value } }
        let size = names.indices.map { Swift.max(inflow[$0], outflow[$0]) }
        let columns = (column.max() ?? 0) + 1
        let theme = layout.theme
        let panel = PanelFrame(layout: layout, spec: spec)
        let content = panel.content, nodeWidth = 12.0, gap = 10.0
        let members = (0..<columns).map { c in names.indices.filter { column[$0] == c } }
        let scale = members.map { m -> Double in
            let total = m.reduce(0) { $0 + size[$1] }
            return total > 0 ? (content.height - gap * Double(Swift.max(0, m.count - 1))) / total : .infinity
        }.min() ?? 1
        var rects = Array(repeating: Rect(x: 0, y: 0, width: 0, height: 0), count: names.count)
        let labelSpace = 90.0
        let spacing = columns > 1 ? (content.width - nodeWidth - labelSpace) / Double(columns - 1) : 0
        for (c, nodes) in members.enumerated() {
            let used = nodes.reduce(0) { $0 + size[$1] * scale } + gap * Double(Swift.max(0, nodes.count - 1))
            var y = content.y + (content.height - used) / 2
            for n in nodes {
                rects[n] = Rect(x: content.x + Double(c) * spacing, y: y, width: nodeWidth, height: Swift.max(1, size[n] * scale))
                y += size[n] * scale + gap
            }
        }
        var marks: [Scene.Node] = []
        var outOffset = Array(repeating: 0.0, count: names.count), inOffset = outOffset
        let ordered = links.enumerated().sorted { (rects[$0.element.source].y, rects[$0.element.target].y, $0.offset) < (rects[$1.element.source].y, rects[$1.element.target].y, $1.offset) }
        for (_, link) in ordered {
            let thickness = link.value * scale
            let from = rects[link.source], to = rects[link.target]
            let y0 = from.y + outOffset[link.source], y1 = to.y + inOffset[link.target]
            outOffset[link.source] += thickness
            inOffset[link.target] += thickness
            let x0 = from.maxX, x1 = to.x, middle = (x0 + x1) / 2
            var path = Path()
            path.move(to: Point(x0, y0))
            path.curve(to: Point(x1, y1), control1: Point(middle, y0), control2: Point(middle, y1))
            path.line(to: Point(x1, y1 + thickness))
            path.curve(to: Point(x0, y0 + thickness), control1: Point(middle, y1 + thickness), control2: Point(middle, y0 + thickness))
            path.close()
            marks.append(.path(path, stroke: nil, fill: theme.seriesPaint(link.source).opacity(0.35),
                               tooltip: "\(names[link.source]) → \(names[link.target]): \(spec.yFormat.full(link.value))"))
        }
        for (n, rect) in rects.enumerated() {
            marks.append(.rect(rect, fill: theme.seriesPaint(n), tooltip: "\(names[n]): \(spec.yFormat.full(size[n]))"))
            let last = column[n] == columns - 1
            let text = Truncation.fit(names[n], font: Font(size: 11), width: labelSpace - 8, measurer: layout.measurer)
            marks.append(.text(Text(text, at: Point(last ? rect.x - 5 : rect.maxX + 5, rect.center.y + 4), font: Font(size: 11),
                                    anchor: last ? .end : .start, paint: theme.textPaint)))
        }
        let title = "Flows from \((spec.x ?? "source").replacingUnderscores) to \((spec.target ?? "target").replacingUnderscores)"
        let description = AltText.describe(spec, subject: title, count: links.count, unit: "links between \(names.count) nodes", low: nil, high: nil, format: spec.yFormat)
        return Drawing(root: panel.root(marks: marks), title: title, description: description)
    }
}
