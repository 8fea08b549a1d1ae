import BICore

/// Actual against target, one row per `x` measure: a thin bar for the `y` value, a tick for the
/// `target` value, over bands for below 70% of target, up to target, and beyond it.
enum BulletChart {
    static func draw(_ spec: ChartSpec, _ data: ChartData, _ layout: ChartLayout) throws(ChartError) -> Drawing {
        let x = try data.column(spec.x, for: "x")
        let actual = data.numbers(try data.numericColumn(spec.y.first ?? ""))
        let target = try spec.target.map { name throws(ChartError) in data.numbers(try data.numericColumn(name)) }
        let names = data.labels(x)
        let theme = layout.theme
        let panel = PanelFrame(layout: layout, spec: spec)
        let content = panel.content
        let font = Font(size: 11, bold: true), small = Font(size: 10)
        let labelWidth = Swift.min(content.width * 0.3, (names.map { layout.measurer.width(of: $0, font: font) }.max() ?? 0) + 12)
        let row = Swift.min(48, content.height / Double(Swift.max(1, names.count)))
        var marks: [Scene.Node] = []
        for (index, name) in names.enumerated() {
            let value = actual[index], goal = target?[index] ?? .nan
            var scale = LinearScale(covering: [0, value, goal], range: (content.x + labelWidth)...(content.maxX - 8), includeZero: true, flipped: false)
            scale.nice(count: 4)
            let top = content.y + Double(index) * row
            let bandHeight = row * 0.62, bandTop = top + (row - bandHeight) / 2
            var children: [Scene.Node] = []
            let bands: [(Double, Double, Double)] = goal.isNaN ? [(0, scale.domain.upperBound, 0.55)]
                : [(0, goal * 0.7, 0.9), (goal * 0.7, goal, 0.6), (goal, Swift.max(goal, scale.domain.upperBound), 0.3)]
            for (from, to, opacity) in bands where to > from {
                children.append(.rect(Rect(x: scale(from), y: bandTop, width: scale(to) - scale(from), height: bandHeight),
                                      fill: theme.neutralPaint.opacity(opacity), tooltip: nil))
            }
            let f = spec.yFormat
            let tooltip = "\(name): \(f.full(value))" + (goal.isNaN ? "" : " of \(f.full(goal)) target (\(NumberFormat.percent.full(goal == 0 ? 0 : value / goal)))")
            if !value.isNaN {
                let a = scale(Swift.min(0, value)), b = scale(Swift.max(0, value))
                children.append(.rect(Rect(x: a, y: top + row / 2 - bandHeight / 6, width: Swift.max(1, b - a), height: bandHeight / 3),
                                      fill: theme.seriesPaint(0), tooltip: tooltip))
            }
            if !goal.isNaN {
                children.append(CartesianFrame.rule(from: Point(scale(goal), bandTop + 2), to: Point(scale(goal), bandTop + bandHeight - 2),
                                                    stroke: Stroke(theme.textPaint, width: 2.5)))
            }
            children.append(.text(Text(Truncation.fit(name, font: font, width: labelWidth - 12, measurer: layout.measurer),
                                       at: Point(content.x + labelWidth - 12, top + row / 2 + 4), font: font, anchor: .end, paint: theme.textPaint)))
            if !value.isNaN {
                children.append(.text(Text(f.axisLabel(value), at: Point(content.x + labelWidth - 12, top + row / 2 + 15), font: small,
                                           anchor: .end, paint: theme.labelPaint)))
            }
            marks.append(.group(role: "bullet", children: children, tooltip: tooltip))
        }
        let title = "\(ColumnTitle.humanize(spec.y.first ?? "value")) against target"
        let description = "\(spec.type.displayName) of \(title.lowercasedFirst): " + names.indices.map { index in
            "\(names[index]) \(spec.yFormat.full(actual[index]))" + (target.map { " of \(spec.yFormat.full($0[index]))" } ?? "")
        }.joined(separator: "; ") + "."
        return Drawing(root: panel.root(marks: marks), title: title, description: description)
    }
}
