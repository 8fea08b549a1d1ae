import BICore

/// Compiles a ``ChartSpec`` and its data into a ``Scene``: scales, axes, legend and marks, in points.
/// Pure: the same spec and data always give the same scene.
///
/// ```swift
/// let scene = try ChartLayout().scene(for: ChartSpec(type: .bar, x: "region", y: ["revenue"]), data: table)
/// let svg = SVGRenderer().render(scene)
/// ```
public struct ChartLayout: Sendable {
    public var theme: ChartTheme
    public var measurer: any TextMeasurer

    public init(theme: ChartTheme = .light, measurer: any TextMeasurer = FontMetricsMeasurer()) {
        self.theme = theme
        self.measurer = measurer
    }

    public func scene(for spec: ChartSpec, data: ResultTable) throws(ChartError) -> Scene {
        let table = try SeriesTable(spec: spec, data: data)
        var frame = CartesianFrame(spec: spec, table: table, layout: self)
        let marks: [Scene.Node]
        switch spec.type {
        case .bar: marks = BarMarks(frame: frame, table: table, format: spec.yFormat).nodes
        case .line: marks = LineMarks(frame: frame, table: table, format: spec.yFormat).nodes
        }
        frame.marks = marks
        return Scene(width: spec.width, height: spec.height, title: spec.title ?? AltText.title(spec, table),
                     description: AltText.describe(spec, table), root: frame.root)
    }
}
