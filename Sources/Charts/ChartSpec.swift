import BICore

/// What to draw, in data terms: filled in from a component (`<BarChart data=q x=month y=revenue />`)
/// or from `bi chart` options, then laid out against a result by ``ChartLayout``.
public struct ChartSpec: Hashable, Sendable {
    public var type: ChartType
    /// The column along the x axis (categories, dates or numbers).
    public var x: String?
    /// One or more measure columns; each is a series unless `series` splits them.
    public var y: [String]
    /// A column whose distinct values become separate series (colours).
    public var series: String?
    public var title: String?
    public var subtitle: String?
    /// Axis titles; default to the column names.
    public var xTitle: String?
    public var yTitle: String?
    /// How y values are written on the axis and in tooltips.
    public var yFormat: NumberFormat
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

/// The kinds of chart the engine draws.
public enum ChartType: String, Hashable, Sendable, CaseIterable {
    case bar
    case line

    /// The component tag that draws this type in a report.
    public var componentName: String {
        switch self {
        case .bar: "BarChart"
        case .line: "LineChart"
        }
    }
}
