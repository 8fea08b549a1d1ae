import BICore
import Charts

/// A chart drawn on the server as inline SVG for a page. Full-size charts are drawn twice: once
/// for wide screens and print, and once laid out again for phones, so their text stays legible
/// instead of shrinking with the picture. Small charts (sparklines) are drawn once, at their size.
///
/// ```swift
/// let html = try ChartFigure(chart: spec, data: table).html(in: &context, caption: "Forecast: $1.6M over the next 6 months")
/// ```
struct ChartFigure {
    /// Logical width of the phone layout, in CSS pixels.
    static let narrowWidth = 360.0

    var chart: ChartSpec
    var data: ResultTable
    /// The phone layout's height as a share of the wide one's.
    var narrowHeight = 0.9
    /// The accessible name, instead of the chart's title (or the one made from its columns).
    var accessibleName: String?

    /// Both layouts in a `<figure>`, with `caption` (HTML) under them.
    func html(in context: inout RenderContext, caption: String? = nil) throws(ChartError) -> String {
        let id = context.makeID("chart")
        var narrow = chart
        narrow.width = ChartFigure.narrowWidth
        narrow.height = (chart.height * narrowHeight).rounded()
        var html = "<figure class=\"bi-figure\"><div class=\"bi-wide\">" + (try svg(chart, id: id, context: context))
            + "</div><div class=\"bi-narrow\">" + (try svg(narrow, id: id + "-narrow", context: context)) + "</div>"
        if let caption { html += "<figcaption>\(caption)</figcaption>" }
        return html + "</figure>"
    }

    /// One drawing at the chart's own size.
    func compactSVG(in context: inout RenderContext) throws(ChartError) -> String {
        try svg(chart, id: context.makeID("chart"), context: context)
    }

    private func svg(_ spec: ChartSpec, id: String, context: RenderContext) throws(ChartError) -> String {
        var scene = try context.chartLayout.scene(for: spec, data: data)
        if let accessibleName { scene.title = accessibleName }
        return SVGRenderer().render(scene, id: id)
    }
}
