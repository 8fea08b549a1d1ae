import BICore

/// Compiles a ``ChartSpec`` and its data into a ``Scene``: scales, axes, legend and marks, in points.
/// Pure: the same spec and data always give the same scene.
///
/// ```swift
/// let scene = try ChartLayout().scene(for: ChartSpec(type: .bar, x: "region", y: ["revenue"]), data: table)
/// let svg = SVGRenderer().render(scene)
/// ```
/// Large inputs are reduced to what the picture can show before any mark is made: lines keep
/// their shape through LTTB downsampling, dense scatters are binned to one mark per small cell.
public struct ChartLayout: Sendable {
    public var theme: ChartTheme
    public var measurer: any TextMeasurer

    public init(theme: ChartTheme = .light, measurer: any TextMeasurer = FontMetricsMeasurer()) {
        self.theme = theme
        self.measurer = measurer
    }

    /// The fonts nearly every chart measures (axis labels, axis titles, the title): worth setting up
    /// before a chart is laid out, where that can happen meanwhile.
    public static let commonFonts = [CartesianFrame.labelFont, CartesianFrame.axisTitleFont, Header.titleFont]

    public func scene(for spec: ChartSpec, data table: ResultTable) throws(ChartError) -> Scene {
        let data = ChartData(table)
        let drawing: Drawing
        switch spec.type {
        case .bar, .horizontalBar, .groupedBar, .stackedBar, .stackedBar100: drawing = try BarChart.draw(spec, data, self)
        case .line, .area, .stackedArea: drawing = try LineChart.draw(spec, data, self)
        case .combo: drawing = try ComboChart.draw(spec, data, self)
        case .waterfall: drawing = try WaterfallChart.draw(spec, data, self)
        case .scatter, .bubble: drawing = try ScatterChart.draw(spec, data, self)
        case .histogram: drawing = try HistogramChart.draw(spec, data, self)
        case .boxPlot: drawing = try BoxPlotChart.draw(spec, data, self)
        case .heatmap: drawing = try HeatmapChart.draw(spec, data, self)
        case .calendarHeatmap: drawing = try CalendarChart.draw(spec, data, self)
        case .pie, .donut: drawing = try PieChart.draw(spec, data, self)
        case .treemap: drawing = try TreemapChart.draw(spec, data, self)
        case .funnel: drawing = try FunnelChart.draw(spec, data, self)
        case .sankey: drawing = try SankeyChart.draw(spec, data, self)
        case .bullet: drawing = try BulletChart.draw(spec, data, self)
        case .sparkline: drawing = try SparklineChart.draw(spec, data, self)
        case .sparkbar: drawing = try SparkbarChart.draw(spec, data, self)
        case .kpi: drawing = try KPIChart.draw(spec, data, self)
        case .radar: drawing = try RadarChart.draw(spec, data, self)
        case .candlestick: drawing = try CandlestickChart.draw(spec, data, self)
        case .gantt: drawing = try GanttChart.draw(spec, data, self)
        case .pointMap, .areaMap: drawing = try MapChart.draw(spec, data, self)
        }
        return Scene(width: spec.width, height: spec.height, title: spec.title ?? drawing.title,
                     description: drawing.description, background: theme.backgroundPaint, root: drawing.root)
    }
}

/// What a chart builder hands back: the tree and its text alternatives.
struct Drawing {
    var root: Scene.Node
    var title: String
    var description: String
}
