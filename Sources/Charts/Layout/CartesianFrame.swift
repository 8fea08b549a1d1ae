import BICore

/// The furniture of an x/y chart: title, legend, axes, grid and the plot area the marks go in.
struct CartesianFrame {
    let spec: ChartSpec
    let layout: ChartLayout
    let plot: Rect
    let x: BandScale
    let y: LinearScale
    var marks: [Scene.Node] = []
    private let furniture: [Scene.Node]

    static let titleFont = Font(size: 15, bold: true)
    static let subtitleFont = Font(size: 12)
    static let labelFont = Font(size: 11)
    static let axisTitleFont = Font(size: 11, bold: true)

    init(spec: ChartSpec, table: SeriesTable, layout: ChartLayout) {
        self.spec = spec
        self.layout = layout
        let theme = layout.theme
        var nodes: [Scene.Node] = []
        var top = 8.0
        if let title = spec.title {
            top += 15
            nodes.append(.text(Text(title, at: Point(12, top), font: CartesianFrame.titleFont, paint: theme.textPaint)))
            top += 6
        }
        if let subtitle = spec.subtitle {
            top += 13
            nodes.append(.text(Text(subtitle, at: Point(12, top), font: CartesianFrame.subtitleFont, paint: theme.labelPaint)))
            top += 4
        }
        if table.series.count > 1 {
            let legend = Legend(names: table.series.map(\.name), theme: theme, measurer: layout.measurer,
                                origin: Point(12, top + 6), maxWidth: spec.width - 24)
            nodes.append(legend.node)
            top = legend.bottom
        }
        top += 12

        let tickCount = Swift.max(2, Int((spec.height - top - 40) / 48))
        var y = LinearScale(covering: table.allValues, range: 0...1, includeZero: spec.type == .bar || CartesianFrame.nearZero(table.allValues), flipped: true)
        y.nice(count: tickCount)
        let ticks = y.ticks(count: tickCount)
        let tickLabels = ticks.map { spec.yFormat.axisLabel($0) }
        let labelWidth = tickLabels.map { layout.measurer.width(of: $0, font: CartesianFrame.labelFont) }.max() ?? 0
        let yTitle = spec.yTitle ?? (table.series.count == 1 && spec.series == nil ? ColumnTitle.humanize(table.series[0].name) : nil)
        let left = 12 + (yTitle == nil ? 0.0 : 16) + labelWidth + 8
        let xTitle = spec.xTitle ?? spec.x.map(ColumnTitle.humanize)
        let bottom = 12 + 14 + (xTitle == nil ? 0.0 : 18)
        let plot = Rect(x: left, y: top, width: Swift.max(10, spec.width - left - 16), height: Swift.max(10, spec.height - top - bottom))
        y.range = plot.y...(plot.y + plot.height)
        let x = BandScale(categories: table.categories, range: plot.x...(plot.x + plot.width), padding: spec.type == .bar ? 0.2 : 0)

        // Grid and y axis.
        var axis: [Scene.Node] = []
        for (tick, label) in zip(ticks, tickLabels) {
            let position = y(tick)
            axis.append(.path(Path(runs: [[Point(plot.x, position), Point(plot.x + plot.width, position)]]),
                              stroke: tick == 0 ? theme.axisStroke : theme.gridStroke, fill: nil, tooltip: nil))
            axis.append(.text(Text(label, at: Point(plot.x - 8, position + 4), font: CartesianFrame.labelFont, anchor: .end, paint: theme.labelPaint)))
        }
        if let yTitle {
            axis.append(.text(Text(yTitle, at: Point(12 + 10, plot.y + plot.height / 2), font: CartesianFrame.axisTitleFont,
                                   anchor: .middle, paint: theme.labelPaint, rotation: -90)))
        }
        // X axis: one label per category, thinned so neighbours never overlap.
        let widths = table.categories.map { layout.measurer.width(of: $0, font: CartesianFrame.labelFont) }
        let every = Swift.max(1, Int(((widths.max() ?? 0) + 8) / Swift.max(x.step, 0.001)) + 1)
        for (position, label) in table.categories.enumerated() where position % every == 0 {
            let center = x.center(at: position)
            axis.append(.text(Text(label, at: Point(center, plot.y + plot.height + 16), font: CartesianFrame.labelFont,
                                   anchor: .middle, paint: theme.labelPaint)))
        }
        if let xTitle {
            axis.append(.text(Text(xTitle, at: Point(plot.x + plot.width / 2, spec.height - 10), font: CartesianFrame.axisTitleFont,
                                   anchor: .middle, paint: theme.labelPaint)))
        }
        nodes.append(.group(role: "axis", children: axis))
        furniture = nodes
        self.plot = plot
        self.x = x
        self.y = y
    }

    var root: Scene.Node { .group(role: "chart", children: furniture + [.group(role: "marks", children: marks)]) }

    /// Lines whose values sit far from zero read better without a zero baseline.
    private static func nearZero(_ values: [Double]) -> Bool {
        guard let low = values.min(), let high = values.max() else { return true }
        return low <= 0 || low < (high - low)
    }
}
