import BICore

/// The furniture of an x/y chart: header, legend, axes with their labels and titles, grid, and the
/// plot area the marks go in. Tick labels never overlap: category labels are truncated, rotated or
/// thinned, and numeric and time axes take fewer ticks until their labels fit.
struct CartesianFrame {
    struct Titles {
        var x: String?
        var y: String?
        var y2: String?
    }

    static let labelFont = Font(size: 11)
    static let axisTitleFont = Font(size: 11, bold: true)
    static let titleSpace = 18.0
    /// Neighbouring rotated labels need this much distance along the axis.
    static let rotatedStep = 19.0

    let plot: Rect
    let x: AxisScale
    let y: AxisScale
    let y2: AxisScale?
    /// Header, legend, grid and axes: drawn under the marks.
    let nodes: [Scene.Node]

    init(layout: ChartLayout, spec: ChartSpec, legend: [Legend.Entry], x xModel: AxisModel, y yModel: AxisModel,
         y2 y2Model: AxisModel? = nil, ramp: ColorRamp.Range? = nil, titles: Titles) {
        let theme = layout.theme, measurer = layout.measurer, font = CartesianFrame.labelFont
        let width = spec.width, height = spec.height
        let header = Header(title: spec.title, subtitle: spec.subtitle, theme: theme, measurer: measurer, width: width)
        var nodes = header.nodes
        var top = header.bottom
        if !legend.isEmpty {
            let block = Legend(entries: legend, theme: theme, measurer: measurer, origin: Point(12, top + 6), maxWidth: width - 24)
            nodes.append(block.node)
            top = block.bottom
        }
        if let ramp {
            let block = ColorRamp(ramp, theme: theme, measurer: measurer, origin: Point(12, top + 6))
            nodes.append(block.node)
            top = block.bottom
        }
        top += 12

        // Left: the y axis labels.
        let estimatedHeight = Swift.max(40, height - top - 40)
        let yCount = Swift.max(2, Swift.min(10, Int(estimatedHeight / 42)))
        var y = yModel.scale(ticks: yCount, flipped: true)
        var yTicks = y.ticks(count: yCount)
        if yModel.isBand {
            let limit = Swift.max(60, width * 0.28)
            yTicks = yTicks.map { Tick($0.value, Truncation.fit($0.label, font: font, width: limit, measurer: measurer)) }
        }
        let yLabelWidth = yTicks.map { measurer.width(of: $0.label, font: font) }.max() ?? 0
        let left = 12 + (titles.y == nil ? 0 : CartesianFrame.titleSpace) + yLabelWidth + 8

        // Right: the second y axis, if any.
        var y2 = y2Model?.scale(ticks: yCount, flipped: true)
        let y2Ticks = y2?.ticks(count: yCount) ?? []
        let y2LabelWidth = y2Ticks.map { measurer.width(of: $0.label, font: font) }.max() ?? 0
        let right = y2 == nil ? (xModel.isBand ? 16.0 : 24) : 8 + y2LabelWidth + 8 + (titles.y2 == nil ? 4 : CartesianFrame.titleSpace)
        let plotWidth = Swift.max(10, width - left - right)

        // Bottom: the x axis labels, laid out to fit the plot's width.
        var x = xModel.scale(ticks: Swift.max(2, Int(plotWidth / 70)), flipped: false)
        x.range = left...(left + plotWidth)
        let xLabels = XAxisLabels(scale: x, plotWidth: plotWidth, chartHeight: height, measurer: measurer)
        let bottom = 8 + xLabels.height + (titles.x == nil ? 0 : CartesianFrame.titleSpace) + 4
        let plot = Rect(x: left, y: top, width: plotWidth, height: Swift.max(10, height - top - bottom))
        y.range = plot.y...plot.maxY
        y2?.range = plot.y...plot.maxY

        // Grid and labels.
        var axis: [Scene.Node] = []
        let yEvery = y.band.map { Swift.max(1, Int(((font.size + 3) / Swift.max($0.step, 0.001)).rounded(.up))) } ?? 1
        for (index, tick) in yTicks.enumerated() where index % yEvery == 0 {
            let position = y(tick.value)
            if !yModel.isBand {
                axis.append(CartesianFrame.rule(from: Point(plot.x, position), to: Point(plot.maxX, position),
                                                stroke: tick.value == 0 ? theme.axisStroke : theme.gridStroke))
            }
            axis.append(.text(Text(tick.label, at: Point(plot.x - 8, position + 4), font: font, anchor: .end, paint: theme.labelPaint)))
        }
        if let y2 {
            for tick in y2Ticks {
                axis.append(.text(Text(tick.label, at: Point(plot.maxX + 8, y2(tick.value) + 4), font: font, paint: theme.labelPaint)))
            }
        }
        if !xModel.isBand {
            for tick in xLabels.ticks {
                let position = x(tick.value)
                axis.append(CartesianFrame.rule(from: Point(position, plot.y), to: Point(position, plot.maxY),
                                                stroke: tick.value == 0 && yModel.isBand ? theme.axisStroke : theme.gridStroke))
            }
        }
        if yModel.isBand || xModel.isBand {
            let baseline = yModel.isBand ? [Point(plot.x, plot.y), Point(plot.x, plot.maxY)] : [Point(plot.x, plot.maxY), Point(plot.maxX, plot.maxY)]
            axis.append(CartesianFrame.rule(from: baseline[0], to: baseline[1], stroke: theme.axisStroke))
        }
        axis += xLabels.nodes(baseline: plot.maxY, paint: theme.labelPaint, maxX: width - 4, measurer: measurer)
        if let title = titles.y {
            axis.append(.text(Text(title, at: Point(12 + 10, plot.y + plot.height / 2), font: CartesianFrame.axisTitleFont,
                                   anchor: .middle, paint: theme.labelPaint, rotation: -90)))
        }
        if let title = titles.y2 {
            axis.append(.text(Text(title, at: Point(width - 12 - 2, plot.y + plot.height / 2), font: CartesianFrame.axisTitleFont,
                                   anchor: .middle, paint: theme.labelPaint, rotation: 90)))
        }
        if let title = titles.x {
            axis.append(.text(Text(title, at: Point(plot.x + plot.width / 2, height - 8), font: CartesianFrame.axisTitleFont,
                                   anchor: .middle, paint: theme.labelPaint)))
        }
        nodes.append(.group(role: "axis", children: axis))
        self.nodes = nodes
        self.plot = plot
        self.x = x
        self.y = y
        self.y2 = y2
    }

    /// The whole chart: furniture, then `marks`, then `overlay` (annotations) on top.
    func root(marks: [Scene.Node], overlay: [Scene.Node] = []) -> Scene.Node {
        var children = nodes + [.group(role: "marks", children: marks)]
        if !overlay.isEmpty { children.append(.group(role: "annotations", children: overlay)) }
        return .group(role: "chart", children: children)
    }

    static func rule(from start: Point, to end: Point, stroke: Stroke) -> Scene.Node {
        .path(Path([.move(start), .line(end)]), stroke: stroke, fill: nil, tooltip: nil)
    }
}
