import BICore
import Charts
import Reports

extension ChartComponent {
    /// The column attributes a type reads, by the name the tag uses, and the encoding each fills.
    /// Maps name their columns for what they hold (`lat`, `lon`, `country`, `value`).
    var columnAttributes: [(name: String, encoding: WritableKeyPath<ChartSpec, String?>?, isList: Bool)] {
        let x: (String, WritableKeyPath<ChartSpec, String?>?, Bool) = ("x", \.x, false)
        let y: (String, WritableKeyPath<ChartSpec, String?>?, Bool) = ("y", nil, true)
        let series: (String, WritableKeyPath<ChartSpec, String?>?, Bool) = ("series", \.series, false)
        switch type {
        case .bar, .horizontalBar, .groupedBar, .stackedBar, .stackedBar100, .line, .area, .stackedArea, .radar, .treemap, .gantt:
            return [x, y, series]
        case .pie, .donut, .funnel, .waterfall, .boxPlot, .candlestick, .sparkline, .sparkbar, .kpi, .calendarHeatmap:
            return [x, y]
        case .combo: return [x, y, ("y2", nil, true)]
        case .scatter: return [x, y, series, ("label", \.label, false)]
        case .bubble: return [x, y, series, ("size", \.size, false), ("label", \.label, false)]
        case .histogram: return [x]
        case .heatmap: return [x, ("y", nil, true), ("color", \.color, false)]
        case .sankey: return [x, ("target", \.target, false), y]
        case .bullet: return [x, y, ("target", \.target, false)]
        case .pointMap: return [("lon", \.x, false), ("lat", nil, true), ("size", \.size, false), ("label", \.label, false), series]
        case .areaMap: return [("country", \.x, false), ("value", nil, true)]
        }
    }

    /// Whether the type draws axes, and so takes axis titles, scales and annotations.
    var isCartesian: Bool {
        switch type {
        case .bar, .horizontalBar, .groupedBar, .stackedBar, .stackedBar100, .line, .area, .stackedArea, .scatter, .bubble,
             .histogram, .boxPlot, .heatmap, .waterfall, .combo, .candlestick, .gantt: true
        default: false
        }
    }

    /// Whether `y` must name numeric columns (heatmaps take a category, Gantt charts dates).
    var needsNumericY: Bool { type != .heatmap && type != .gantt }

    /// Small charts are drawn once, at their own size, instead of in a wide and a phone layout.
    var isCompact: Bool { type == .sparkline || type == .sparkbar || type == .kpi }

    var defaultSize: (width: Double, height: Double) {
        switch type {
        case .sparkline, .sparkbar: (240, 56)
        case .kpi: (300, 150)
        case .calendarHeatmap: (720, 420)
        case .pointMap, .areaMap: (720, 400)
        default: (720, 360)
        }
    }

    var attributeSpecs: [ComponentSpec.AttributeSpec] {
        var specs: [ComponentSpec.AttributeSpec] = [.init("data", .query, required: true)]
        specs += columnAttributes.map { .init($0.name, $0.isList ? .columns : .column) }
        specs += [.init("title", .text), .init("subtitle", .text), .init("fmt", .choice(NumberFormat.names)), .init("height", .number),
                  .init("link", .text)]
        if isCartesian {
            specs += [.init("xTitle", .text), .init("yTitle", .text)] + Annotation.kinds.map { .init($0, .text) }
        }
        switch type {
        case .bar, .horizontalBar, .groupedBar, .stackedBar, .stackedBar100: specs.append(.init("sort", .choice(ChartSpec.SortOrder.allCases.map(\.rawValue))))
        case .line, .area, .stackedArea, .boxPlot: specs.append(.init("yScale", .choice(ChartSpec.ScaleKind.allCases.map(\.rawValue))))
        case .scatter, .bubble:
            specs += [.init("xScale", .choice(ChartSpec.ScaleKind.allCases.map(\.rawValue))), .init("yScale", .choice(ChartSpec.ScaleKind.allCases.map(\.rawValue))),
                      .init("xFmt", .choice(NumberFormat.names))]
        case .histogram: specs += [.init("bins", .number), .init("xFmt", .choice(NumberFormat.names))]
        case .combo: specs += [.init("y2Title", .text), .init("y2Fmt", .choice(NumberFormat.names))]
        default: break
        }
        return specs
    }
}
