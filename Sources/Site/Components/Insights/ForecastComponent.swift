import Analytics
import BICore
import Charts
import Reports

/// `<Forecast>`: a series and its forecast in one line chart, the 80% and 95% prediction
/// intervals shaded around the forecast, the forecast in a sentence with its model, and its
/// values in a folded table.
///
/// ```markdown
/// <Forecast data=monthly x=month y=revenue periods=6 fmt=usd title="Revenue: the next six months" />
/// ```
/// `periods` is how far ahead (default 6), `history` how many of the latest points to show
/// (default all). The model is the Holt–Winters variant with the lowest AICc (see `Forecaster`),
/// fitted to the series with its anomalies replaced by their expected values.
public struct ForecastComponent: ComponentRenderer {
    public init() {}

    public var spec: ComponentSpec {
        ComponentSpec("Forecast", attributes: SeriesInput.attributes + [
            .init("periods", .number), .init("history", .number), .init("title", .text), .init("height", .number),
        ])
    }

    public func render(_ component: Component, content: String, in context: inout RenderContext) throws -> String {
        let input = try SeriesInput(component, context: context)
        let periods = try component.integer("periods", in: 1...1_000) ?? 6
        let history = try component.integer("history", in: 2...10_000_000)
        guard !input.isEmpty else { return InsightFigures.empty(component) }
        let analysis = input.analysis(forecast: periods)
        guard let forecast = analysis.forecast, let last = input.series.values.lastIndex(where: { $0 != nil }) else {
            return "<p class=\"bi-empty\">Too few values to forecast: \(input.series.count) \(analysis.frequency.rawValue) points.</p>"
        }
        let name = input.name.lowercased() == "forecast" ? "\(input.name) ahead" : "Forecast"
        // The forecast and its bands start at the last value, so they join the line.
        var columns = [name, "low95", "high95", "low80", "high80"].map { (name: $0, values: [Double?](repeating: nil, count: input.series.count + periods)) }
        for column in columns.indices { columns[column].values[last] = input.series.values[last] }
        for (step, point) in forecast.points.enumerated() {
            for (column, value) in [point.point, point.lower95, point.upper95, point.lower80, point.upper80].enumerated() {
                columns[column].values[input.series.count + step] = value
            }
        }
        var chart = ChartSpec(type: .line, x: input.xName, y: [input.name, name], title: component["title"], yTitle: input.name, yFormat: input.format)
        chart.height = component["height"].flatMap(Double.init) ?? 360
        chart.bands = [IntervalBand(lower: "low95", upper: "high95", series: name, label: "95% interval", opacity: 0.12),
                       IntervalBand(lower: "low80", upper: "high80", series: name, label: "80% interval", opacity: 0.22)]
        let data = input.chartTable(from: history.map { max(0, last + 1 - $0) } ?? 0, more: periods, extra: columns)
        let sentence = analysis.insights.first { $0.kind == .forecast }?.text ?? "Forecast"
        let caption = "\(sentence.xmlEscaped). <span class=\"method\">\(forecast.method.xmlEscaped).</span>"
        let drawn = ChartFigure(chart: chart, data: data, accessibleName: component["title"] ?? sentence)
        let figure = try InsightFigures.drawing(at: component) { () throws(ChartError) in try drawn.html(in: &context, caption: caption) }
        return "<div class=\"bi-forecast\">\(figure)\n\(table(forecast, input: input))</div>"
    }

    /// The forecast's values, folded away under the chart.
    private func table(_ forecast: Forecast, input: SeriesInput) -> String {
        let format = input.format == .auto ? NumberFormat.fixed(decimals: 2) : input.format
        let rows = forecast.points.map { point in
            [point.x.xmlEscaped, format.full(point.point), "\(format.full(point.lower80)) – \(format.full(point.upper80))",
             "\(format.full(point.lower95)) – \(format.full(point.upper95))"]
        }
        let table = FindingsTable(columns: [.init(ColumnTitle.humanize(input.xName)), .init("Forecast", isNumeric: true),
                                            .init("80% interval", isNumeric: true), .init("95% interval", isNumeric: true)], rows: rows)
        return "<details class=\"bi-details\"><summary>Forecast values</summary>\n\(table.html)</details>"
    }
}
