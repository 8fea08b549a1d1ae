import BICore
import Charts

/// A chart drawn on the server as inline SVG for a page. Full-size charts are drawn twice: once
/// for wide screens and print, and once laid out again for phones, so their text stays legible
/// instead of shrinking with the picture. Small charts (KPI cards, sparklines) are drawn once, at
/// their size. Both register a redraw so PDF reports lay the chart out again at the page's width.
///
/// ```swift
/// let html = try ChartFigure(chart: spec, data: table).html(in: &context, caption: "Forecast: $1.6M over the next 6 months")
/// ```
struct ChartFigure: Sendable {
    /// Logical width of the phone layout, in CSS pixels.
    static let narrowWidth = 360.0

    var chart: ChartSpec
    var data: ResultTable
    /// The phone layout's height as a share of the wide one's.
    var narrowHeight = 0.9
    /// The accessible name, instead of the chart's title (or the one made from its columns).
    var accessibleName: String?
    /// Drill-down: the page each category (the x value a mark shows) links to.
    var links: [String: String] = [:]

    /// Both layouts in a `<figure>`, with `caption` (HTML) under them.
    func html(in context: inout RenderContext, caption: String? = nil) throws(ChartError) -> String {
        var narrow = chart
        narrow.width = ChartFigure.narrowWidth
        narrow.height = (chart.height * narrowHeight).rounded()
        let layout = context.chartLayout
        return context.figure(wide: try scene(chart, layout), narrow: try scene(narrow, layout), redraw: redraw(layout), caption: caption)
    }

    /// One layout at the chart's own size, in a compact `<figure>`.
    func compactHTML(in context: inout RenderContext) throws(ChartError) -> String {
        let layout = context.chartLayout
        return context.figure(wide: try scene(chart, layout), narrow: nil, redraw: redraw(layout))
    }

    /// One drawing at the chart's own size, without a figure: a word-sized chart inside text.
    func compactSVG(in context: inout RenderContext) throws(ChartError) -> String {
        SVGRenderer().render(try scene(chart, context.chartLayout), id: context.makeID("chart"))
    }

    private func scene(_ spec: ChartSpec, _ layout: ChartLayout) throws(ChartError) -> Scene {
        var scene = try layout.scene(for: spec, data: data).linking(links)
        if let accessibleName { scene.title = accessibleName }
        return scene
    }

    /// The chart laid out again at another width, keeping its proportions.
    private func redraw(_ layout: ChartLayout) -> @Sendable (Double) -> Scene? {
        { [self] width in
            var resized = chart
            resized.width = width
            resized.height = (chart.height * width / chart.width).rounded()
            return try? scene(resized, layout)
        }
    }
}
