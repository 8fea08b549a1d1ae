import Analytics
import BICore
import Charts
import Reports

/// `<Insights>`: what stands out in a series, as ranked sentences in plain English with their
/// numbers, each beside a sparkline that shows it: the period a change is about shaded, the
/// anomalous points marked, the forecast continuing the line.
///
/// ```markdown
/// <Insights data=daily x=day y=revenue name="Net revenue" fmt=usd forecast=30 />
/// ```
/// `limit` caps the sentences (default 5); `forecast` adds a forecast of that many periods.
public struct InsightsComponent: ComponentRenderer {
    /// Size of each sentence's sparkline, in CSS pixels.
    static let chartSize = (width: 220.0, height: 52.0)

    public init() {}

    public var spec: ComponentSpec {
        ComponentSpec("Insights", attributes: SeriesInput.attributes + [
            .init("forecast", .number), .init("limit", .number), .init("title", .text),
        ])
    }

    public func render(_ component: Component, content: String, in context: inout RenderContext) throws -> String {
        let input = try SeriesInput(component, context: context)
        let horizon = try component.integer("forecast", in: 0...1_000) ?? 0
        let limit = try component.integer("limit", in: 1...20) ?? 5
        guard !input.isEmpty else { return InsightFigures.empty(component) }
        let analysis = input.analysis(forecast: horizon)
        var html = "<section class=\"bi-insights\"\(component["title"].map { " aria-label=\"\($0.xmlEscaped)\"" } ?? "")>"
        if let title = component["title"] { html += "<div class=\"insights-title\">\(title.xmlEscaped)</div>" }
        html += "<ol class=\"insight-list\">"
        for insight in analysis.insights.prefix(limit) {
            let chart = try sparkline(for: insight, input: input, forecast: analysis.forecast, context: &context, component: component)
            html += "<li class=\"insight insight-\(insight.kind.rawValue)\"><span class=\"insight-chart\">\(chart)</span>"
                + "<span class=\"insight-text\">\(insight.text.xmlEscaped)</span></li>"
        }
        return html + "</ol></section>"
    }

    /// The series as a sparkline pointing at what `insight` says: its anomalous points marked, or
    /// the stretch it is about shaded (a forecast's continuing the line).
    private func sparkline(for insight: Insight, input: SeriesInput, forecast: Forecast?, context: inout RenderContext,
                           component: Component) throws -> String {
        var chart = ChartSpec(type: .sparkline, x: input.xName, y: [input.name], yFormat: input.format,
                              width: InsightsComponent.chartSize.width, height: InsightsComponent.chartSize.height)
        let ahead = insight.kind == .forecast ? forecast?.points ?? [] : []
        // A forecast continues the recent past: three times its length of history.
        let data = ahead.isEmpty ? input.chartTable()
            : input.chartTable(from: max(0, input.series.count - 3 * ahead.count), more: ahead.count, continuing: ahead.map(\.point))
        if insight.kind == .anomalies, !insight.points.isEmpty {
            chart.annotations = insight.points.map { .point(x: .text($0), y: nil, label: "") }
        } else if let from = insight.from, let to = insight.to, from != input.series.axis.label(at: 0) || to != input.series.axis.label(at: input.series.count - 1) {
            chart.annotations = [.referenceArea(.x, from: .text(from), to: .text(to), label: nil)]
        }
        let figure = ChartFigure(chart: chart, data: data, accessibleName: insight.text)
        return try InsightFigures.drawing(at: component) { () throws(ChartError) in try figure.compactSVG(in: &context) }
    }
}
