import Analytics
import BICore
import Charts
import Reports

/// `<Anomalies>`: a line chart of a series with its anomalous points marked, each run of them
/// numbered at its strongest point, the finding in a sentence, and a table of every anomalous
/// point with its expected value.
///
/// ```markdown
/// <Anomalies data=daily x=day y=revenue fmt=usd title="Unusual days" />
/// ```
/// A point is anomalous when trend and season leave it unexplained: see `AnomalyDetector`.
/// `threshold` (robust z, default by series length) and `minDeviation` (default 0.1, a 10%
/// difference from expected) tune what counts.
public struct AnomaliesComponent: ComponentRenderer {
    public init() {}

    public var spec: ComponentSpec {
        ComponentSpec("Anomalies", attributes: SeriesInput.attributes + [
            .init("title", .text), .init("height", .number), .init("threshold", .number), .init("minDeviation", .number),
        ])
    }

    public func render(_ component: Component, content: String, in context: inout RenderContext) throws -> String {
        let input = try SeriesInput(component, context: context)
        let detector = AnomalyDetector(threshold: try component.number("threshold", in: 1...100),
                                       minimumDeviation: try component.number("minDeviation", in: 0...100) ?? 0.1)
        guard !input.isEmpty else { return InsightFigures.empty(component) }
        let analysis = input.analysis(detector: detector)
        let writer = InsightWriter(name: input.name, format: input.format, aggregation: input.aggregation, series: input.series)
        let episodes = writer.episodes(analysis.anomalies)

        var chart = ChartSpec(type: .line, x: input.xName, y: [input.name], title: component["title"], yFormat: input.format)
        chart.height = component["height"].flatMap(Double.init) ?? 360
        // Each run shaded when it spans several points, its points dotted, its strongest numbered as in the table.
        for (number, episode) in episodes.enumerated() {
            let (first, last, strongest) = (episode.points[0], episode.points[episode.points.count - 1], episode.strongest)
            if first != last { chart.annotations.append(.referenceArea(.x, from: .text(first.x), to: .text(last.x), label: nil)) }
            for point in episode.points where point != strongest { chart.annotations.append(.point(x: .text(point.x), y: point.y, label: "")) }
            chart.annotations.append(.callout(x: .text(strongest.x), y: strongest.y, label: String(number + 1)))
        }
        let sentence = writer.anomalies(analysis.anomalies).text
        let drawn = ChartFigure(chart: chart, data: input.chartTable(), accessibleName: component["title"] ?? sentence)
        let figure = try InsightFigures.drawing(at: component) { () throws(ChartError) in try drawn.html(in: &context, caption: sentence.xmlEscaped) }
        guard !episodes.isEmpty else { return "<div class=\"bi-anomalies\">\(figure)</div>" }
        let format = input.format == .auto ? NumberFormat.fixed(decimals: 2) : input.format
        let rows = episodes.enumerated().flatMap { number, episode in
            episode.points.map { point in
                [String(number + 1), point.x.xmlEscaped, format.full(point.y), format.full(point.expected),
                 point.deviation.map(InsightFigures.signedPercent) ?? "–"]
            }
        }
        let table = FindingsTable(columns: [.init("#", isNumeric: true), .init(ColumnTitle.humanize(input.xName)), .init(input.name, isNumeric: true),
                                            .init("Expected", isNumeric: true), .init("Deviation", isNumeric: true)], rows: rows)
        return "<div class=\"bi-anomalies\">\(figure)\n\(table.html)</div>"
    }
}
