import Analytics
import BICore
import Reports

/// The series `<Insights>`, `<Forecast>` and `<Anomalies>` analyse: the `y` column of their query
/// against its `x` column (by default the first column, and the first numeric column after it),
/// called `name` in sentences, written in `fmt`, and combined by `aggregation` where rows share
/// an x or a period.
///
/// ```markdown
/// <Insights data=daily x=day y=revenue name="Net revenue" fmt=usd />
/// ```
struct SeriesInput {
    /// The attributes every series component takes.
    static let attributes: [ComponentSpec.AttributeSpec] = [
        .init("data", .query, required: true), .init("x", .column), .init("y", .column), .init("name", .text),
        .init("fmt", .choice(NumberFormat.names)), .init("aggregation", .choice(["sum", "mean"])),
    ]

    /// The x and y column names of the query.
    let xName: String, yName: String
    /// What the values are called: `name`, or the y column's name made readable.
    let name: String
    let format: NumberFormat
    let aggregation: Aggregation
    /// The values on their regular axis (one point per day, month, …; gaps as nil).
    let series: TimeSeries

    init(_ component: Component, context: RenderContext) throws {
        let table = try context.data(for: component)
        let query = component["data"] ?? "the query"
        guard !table.columns.isEmpty else { throw Diagnostic(at: component.location, "query '\(query)' has no columns") }
        let x = try context.column("x", of: component, in: table) ?? 0
        let y: Int
        if let named = try context.column("y", of: component, in: table) {
            let type = table.columns[named].type
            guard type.isNumeric || type == .unknown else {
                throw Diagnostic(at: component.attribute("y")!.valueLocation,
                                 "column '\(table.columns[named].name)' is \(type.rawValue), but <\(component.name)> needs numbers in y",
                                 hint: SeriesInput.numericHint(table, except: x))
            }
            y = named
        } else {
            guard let first = table.columns.indices.first(where: { $0 != x && table.columns[$0].type.isNumeric }) else {
                throw Diagnostic(at: component.location, "query '\(query)' has no numeric column for <\(component.name)> to analyse",
                                 hint: "select a number (a sum, a count) and name it with y=COLUMN")
            }
            y = first
        }
        xName = table.columns[x].name
        yName = table.columns[y].name
        name = component["name"] ?? ColumnTitle.humanize(yName)
        format = component["fmt"].flatMap(NumberFormat.init(name:)) ?? .auto
        aggregation = component["aggregation"].flatMap(Aggregation.init(rawValue:)) ?? .sum
        series = TimeSeries(table: table, x: x, y: y, aggregation: aggregation)
    }

    /// The whole analysis, with `forecast` periods ahead and `detector`'s thresholds.
    func analysis(forecast: Int = 0, detector: AnomalyDetector = .init()) -> SeriesAnalysis {
        SeriesAnalysis(series, options: .init(name: name, format: format, aggregation: aggregation, forecastHorizon: forecast, detector: detector))
    }

    /// The series as a chart's data, from point `first` on: the x labels (numbers on a numeric
    /// axis), the values as `name` (nulls in gaps), then `extra` columns, each with one value per
    /// point of the axis. `more` labels continue the axis past the end (a forecast), with the
    /// values `continuing` the series, if any.
    func chartTable(from first: Int = 0, more: Int = 0, continuing: [Double] = [],
                    extra: [(name: String, values: [Double?])] = []) -> ResultTable {
        let count = series.count + more
        let numericX = series.axis.frequency == .numeric
        var cells: [Value] = []
        cells.reserveCapacity((count - first) * (2 + extra.count))
        for index in first..<count {
            let label = series.axis.label(at: index)
            cells.append(numericX ? Double(label).map(Value.real) ?? .text(label) : .text(label))
            let value = index < series.count ? series.values[index] : continuing.indices.contains(index - series.count) ? continuing[index - series.count] : nil
            cells.append(value.map(Value.real) ?? .null)
            for column in extra { cells.append(column.values[index].map(Value.real) ?? .null) }
        }
        let columns = [Column(xName, numericX ? .real : .text), Column(name, .real)] + extra.map { Column($0.name, .real) }
        return ResultTable(columns: columns, cells: cells)
    }

    /// Whether there is nothing to draw: `bi check` (zero rows) or an empty result.
    var isEmpty: Bool { series.values.allSatisfy { $0 == nil } }

    private static func numericHint(_ table: ResultTable, except x: Int) -> String {
        let numeric = table.columns.indices.filter { $0 != x && table.columns[$0].type.isNumeric }.map { table.columns[$0].name }
        return numeric.isEmpty ? "select a number (a sum, a count) to analyse" : "numeric columns: \(numeric.joined(separator: ", "))"
    }
}
