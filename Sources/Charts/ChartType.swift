/// The kinds of chart the engine draws. The raw value is the `bi chart --type` name.
public enum ChartType: String, Hashable, Sendable, CaseIterable {
    case bar
    case horizontalBar = "hbar"
    case groupedBar = "grouped-bar"
    case stackedBar = "stacked-bar"
    case stackedBar100 = "stacked-bar-100"
    case line
    case area
    case stackedArea = "stacked-area"
    case pie
    case donut
    case scatter
    case bubble
    case histogram
    case boxPlot = "box"
    case heatmap
    case calendarHeatmap = "calendar"
    case treemap
    case funnel
    case waterfall
    case sankey
    case combo
    case bullet
    case sparkline
    case sparkbar
    case kpi
    case radar
    case candlestick
    case gantt
    case pointMap = "point-map"
    case areaMap = "area-map"

    /// The component tag that draws this type in a report.
    public var componentName: String {
        switch self {
        case .bar: "BarChart"
        case .horizontalBar: "HorizontalBarChart"
        case .groupedBar: "GroupedBarChart"
        case .stackedBar: "StackedBarChart"
        case .stackedBar100: "PercentBarChart"
        case .line: "LineChart"
        case .area: "AreaChart"
        case .stackedArea: "StackedAreaChart"
        case .pie: "PieChart"
        case .donut: "DonutChart"
        case .scatter: "ScatterPlot"
        case .bubble: "BubbleChart"
        case .histogram: "Histogram"
        case .boxPlot: "BoxPlot"
        case .heatmap: "Heatmap"
        case .calendarHeatmap: "CalendarHeatmap"
        case .treemap: "Treemap"
        case .funnel: "FunnelChart"
        case .waterfall: "Waterfall"
        case .sankey: "Sankey"
        case .combo: "ComboChart"
        case .bullet: "BulletChart"
        case .sparkline: "Sparkline"
        case .sparkbar: "Sparkbar"
        case .kpi: "BigValue"
        case .radar: "RadarChart"
        case .candlestick: "Candlestick"
        case .gantt: "Gantt"
        case .pointMap: "PointMap"
        case .areaMap: "AreaMap"
        }
    }

    /// How the type is named in text alternatives: "Stacked bar chart".
    public var displayName: String {
        switch self {
        case .horizontalBar: "Horizontal bar chart"
        case .groupedBar: "Grouped bar chart"
        case .stackedBar: "Stacked bar chart"
        case .stackedBar100: "100% stacked bar chart"
        case .stackedArea: "Stacked area chart"
        case .scatter: "Scatter plot"
        case .histogram: "Histogram"
        case .boxPlot: "Box plot"
        case .heatmap: "Heatmap"
        case .calendarHeatmap: "Calendar heatmap"
        case .treemap: "Treemap"
        case .waterfall: "Waterfall chart"
        case .sankey: "Sankey diagram"
        case .combo: "Bar and line chart"
        case .sparkline: "Sparkline"
        case .sparkbar: "Bar sparkline"
        case .kpi: "Key figure"
        case .candlestick: "Candlestick chart"
        case .gantt: "Gantt timeline"
        case .pointMap: "Map of points"
        case .areaMap: "World map"
        default: rawValue.prefix(1).uppercased() + String(rawValue.dropFirst()) + " chart"
        }
    }
}
