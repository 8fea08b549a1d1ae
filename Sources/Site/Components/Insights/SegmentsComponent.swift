import Analytics
import BICore
import Charts
import Reports

/// `<Segments>`: rows grouped into segments by k-means over standardized numeric columns (k
/// chosen by silhouette), drawn as a scatter of two of the columns coloured by segment, with a
/// sentence per segment on what sets it apart and a table of the segments' averages.
///
/// ```markdown
/// <Segments data=customers columns="revenue, orders, days_since_last" label=name title="Customer segments" />
/// ```
/// `columns` are clustered on (default: every numeric column); `x` and `y` are drawn (default:
/// the first two of them); `k` fixes the number of segments or a range to choose from (`3`,
/// `2..6`; default 2..8); `xScale`/`yScale=log` suit skewed columns.
public struct SegmentsComponent: ComponentRenderer {
    public init() {}

    public var spec: ComponentSpec {
        ComponentSpec("Segments", attributes: [
            .init("data", .query, required: true), .init("columns", .columns), .init("x", .column), .init("y", .column),
            .init("label", .column), .init("k", .text), .init("title", .text), .init("height", .number),
            .init("xScale", .choice(ChartSpec.ScaleKind.allCases.map(\.rawValue))), .init("yScale", .choice(ChartSpec.ScaleKind.allCases.map(\.rawValue))),
        ])
    }

    public func render(_ component: Component, content: String, in context: inout RenderContext) throws -> String {
        let table = try context.data(for: component)
        let columns = try context.columns("columns", of: component, in: table)
            ?? table.columns.indices.filter { table.columns[$0].type.isNumeric }
        try checkNumeric(columns, attribute: "columns", component: component, table: table)
        var drawn: [Int?] = []
        for name in ["x", "y"] {
            let column = try context.column(name, of: component, in: table)
            try checkNumeric(column.map { [$0] } ?? [], attribute: name, component: component, table: table)
            drawn.append(column)
        }
        let label = try context.column("label", of: component, in: table)
        let k = try range(component)
        guard !columns.isEmpty, columns.count >= 2 || (drawn[0] != nil && drawn[1] != nil) else {
            throw Diagnostic(at: component.location, "<Segments> needs two numeric columns or more",
                             hint: "name them with columns=\"a, b\"; numeric columns of '\(component["data"] ?? "")': "
                                 + table.columns.filter(\.type.isNumeric).map(\.name).joined(separator: ", "))
        }
        guard table.rowCount > 0 else { return InsightFigures.empty(component) }
        // Columns named as people read them, so the descriptions say "high avg order value".
        guard let segmentation = Segmentation(columns: columns.map { ColumnTitle.humanize(table.columns[$0].name).lowercased() },
                                              values: columns.map { column in (0..<table.rowCount).map { table[$0, column].number } },
                                              k: k) else {
            return "<p class=\"bi-empty\">Too few complete rows to segment: \(table.rowCount) rows.</p>"
        }
        let (x, y) = (drawn[0] ?? columns[0], drawn[1] ?? columns[columns.count > 1 ? 1 : 0])
        let drawnColumns = [x, y] + (label.map { [$0] } ?? [])
        let segmentColumn = drawnColumns.contains { table.columns[$0].name.lowercased() == "segment" } ? "K-means segment" : "Segment"
        var chart = ChartSpec(type: .scatter, x: table.columns[x].name, y: [table.columns[y].name], series: segmentColumn, title: component["title"])
        chart.label = label.map { table.columns[$0].name }
        chart.height = component["height"].flatMap(Double.init) ?? 400
        chart.xScale = component["xScale"].flatMap(ChartSpec.ScaleKind.init(rawValue:)) ?? .linear
        chart.yScale = component["yScale"].flatMap(ChartSpec.ScaleKind.init(rawValue:)) ?? .linear
        let sentence = segmentation.insight().text
        let figure = ChartFigure(chart: chart, data: scatterTable(table, x: x, y: y, label: label, segmentColumn: segmentColumn, segmentation: segmentation),
                                 accessibleName: component["title"] ?? sentence)
        let html = try InsightFigures.drawing(at: component) { () throws(ChartError) in try figure.html(in: &context, caption: sentence.xmlEscaped) }
        return "<div class=\"bi-segments\">\(html)\n\(descriptions(segmentation))\n\(averages(segmentation))</div>"
    }

    /// The drawn columns and each row's segment (in `segmentColumn`, a name the drawn columns do not
    /// use), rows of segment 1 first so the legend reads in order; rows left out (a missing value)
    /// are not drawn.
    private func scatterTable(_ table: ResultTable, x: Int, y: Int, label: Int?, segmentColumn: String, segmentation: Segmentation) -> ResultTable {
        let rows = (0..<table.rowCount).filter { segmentation.assignments[$0] > 0 }.sorted {
            (segmentation.assignments[$0], $0) < (segmentation.assignments[$1], $1)
        }
        var columns = [table.columns[x], table.columns[y], Column(segmentColumn, .text)]
        if let label { columns.append(table.columns[label]) }
        var cells: [Value] = []
        cells.reserveCapacity(rows.count * columns.count)
        for row in rows {
            cells += [table[row, x], table[row, y], .text("Segment \(segmentation.assignments[row])")]
            if let label { cells.append(table[row, label]) }
        }
        return ResultTable(columns: columns, cells: cells)
    }

    /// One sentence per segment, after a swatch of its colour in the chart (inside `.bi-chart`, so
    /// dark mode repaints it as it does the chart; decoration, hidden from screen readers).
    private func descriptions(_ segmentation: Segmentation) -> String {
        let theme = ChartTheme.light
        let items = segmentation.segments.map { segment in
            let paint = theme.seriesPaint(segment.id - 1)
            let swatch = "<span class=\"bi-chart swatch\" aria-hidden=\"true\"><svg width=\"10\" height=\"10\"><circle class=\"\(paint.role)\" cx=\"5\" cy=\"5\" r=\"4.5\" fill=\"\(paint.color)\"/></svg></span>"
            return "<li>\(swatch) \(segment.description.xmlEscaped)</li>"
        }
        return "<ul class=\"segment-list\">" + items.joined() + "</ul>"
    }

    /// Each segment's size and average of every clustered column, against all rows.
    private func averages(_ segmentation: Segmentation) -> String {
        let rows = segmentation.segments.map { segment in
            ["Segment \(segment.id)", NumberFormat.integer.full(Double(segment.size)), InsightFigures.percent(segment.share)]
                + segment.means.map { NumberFormat.auto.full($0) }
        }
        let columns = [FindingsTable.Column("Segment"), .init("Rows", isNumeric: true), .init("Share", isNumeric: true)]
            + segmentation.columns.map { FindingsTable.Column(ColumnTitle.humanize($0), isNumeric: true) }
        return FindingsTable(caption: "Segment averages", columns: columns, rows: rows).html
    }

    /// `k=3` or `k=2..6`; 2...8 by default.
    private func range(_ component: Component) throws -> ClosedRange<Int> {
        guard let attribute = component.attribute("k") else { return 2...8 }
        let ends = attribute.value.split(separator: "..", omittingEmptySubsequences: false).map { Int($0.trimming(" ")) }
        guard (1...2).contains(ends.count), let low = ends.first ?? nil, let high = ends.last ?? nil, 2 <= low, low <= high, high <= 20 else {
            throw Diagnostic(at: attribute.valueLocation, "k must be a number of segments from 2 to 20, or a range such as 2..6, not '\(attribute.value)'")
        }
        return low...high
    }

    private func checkNumeric(_ indexes: [Int], attribute: String, component: Component, table: ResultTable) throws {
        for column in indexes where !(table.columns[column].type.isNumeric || table.columns[column].type == .unknown) {
            throw Diagnostic(at: component.attribute(attribute)?.valueLocation ?? component.location,
                             "column '\(table.columns[column].name)' is \(table.columns[column].type.rawValue), but <Segments> clusters numbers",
                             hint: "numeric columns: " + table.columns.filter(\.type.isNumeric).map(\.name).joined(separator: ", "))
        }
    }
}
