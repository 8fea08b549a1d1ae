import BICore

/// What to draw, in data terms: filled in from a component (`<BarChart data=q x=month y=revenue />`)
/// or from `bi chart` options, then laid out against a result by ``ChartLayout``.
///
/// Encodings name result columns. Which ones a type reads:
/// - `x`: categories, dates or numbers along the x axis (the label of slices, stages, tasks, countries).
/// - `y`: one or more measures (candlestick: open, high, low, close; Gantt: start, end; maps: the value).
/// - `y2`: measures drawn as lines on a second axis (combo).
/// - `series`: a column whose values split the data into coloured series (or the parent of a treemap).
/// - `size`: bubble area; `color`: the value of a heatmap cell; `label`: names of scatter points;
///   `target`: a bullet's target, or the target node of a Sankey link (`x` is the source).
///
/// ```swift
/// var spec = ChartSpec(type: .line, x: "month", y: ["revenue"], title: "Revenue")
/// spec.annotations = [.referenceLine(.y, .number(1_000_000), label: "Goal")]
/// ```
public struct ChartSpec: Hashable, Sendable {
    public enum ScaleKind: String, Hashable, Sendable, CaseIterable { case linear, log }
    public enum SortOrder: String, Hashable, Sendable, CaseIterable { case none, ascending = "asc", descending = "desc" }

    public var type: ChartType
    public var x: String?
    public var y: [String]
    public var y2: [String] = []
    public var series: String?
    public var size: String?
    public var color: String?
    public var label: String?
    public var target: String?
    public var title: String?
    public var subtitle: String?
    /// Axis titles; default to the column names.
    public var xTitle: String?
    public var yTitle: String?
    public var y2Title: String?
    /// How y values are written on the axis and in tooltips.
    public var yFormat: NumberFormat
    public var y2Format: NumberFormat = .auto
    public var xFormat: NumberFormat = .auto
    public var xScale: ScaleKind = .linear
    public var yScale: ScaleKind = .linear
    /// Orders categories by their (first) value.
    public var sort: SortOrder = .none
    /// Histogram bins (default: Sturges' rule, at most 50).
    public var bins: Int?
    public var annotations: [Annotation] = []
    /// Shaded ranges between pairs of columns, under the lines (line and area charts with `y` named).
    public var bands: [IntervalBand] = []
    /// Logical size in points (CSS pixels); the SVG scales to its container.
    public var width: Double
    public var height: Double

    public init(type: ChartType, x: String? = nil, y: [String] = [], series: String? = nil, title: String? = nil,
                subtitle: String? = nil, xTitle: String? = nil, yTitle: String? = nil, yFormat: NumberFormat = .auto,
                width: Double = 720, height: Double = 360) {
        self.type = type
        self.x = x
        self.y = y
        self.series = series
        self.title = title
        self.subtitle = subtitle
        self.xTitle = xTitle
        self.yTitle = yTitle
        self.yFormat = yFormat
        self.width = width
        self.height = height
    }
}
