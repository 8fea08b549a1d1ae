import BICore
import Reports

/// `<DataTable>`: the rows of a query as an HTML table, numbers right-aligned and formatted, with
/// CSV and Excel downloads of the full result. With JavaScript it also sorts, searches and pages.
///
/// ```markdown
/// <DataTable data=top_products columns="product, revenue" formats="revenue:usd" totals=true
///            heat=revenue link="products/[product]" title="Top products" />
/// ```
public struct DataTableComponent: ComponentRenderer {
    /// Rows sent to the page; larger results are cut here (the downloads hold every row).
    public static let rowLimit = 5000

    public init() {}

    public var spec: ComponentSpec {
        ComponentSpec("DataTable", attributes: [
            .init("data", .query, required: true), .init("columns", .columns), .init("title", .text),
            .init("rows", .number), .init("fmt", .choice(NumberFormat.names)), .init("formats", .text),
            .init("totals", .text), .init("heat", .columns), .init("link", .text), .init("search", .boolean),
            .init("download", .boolean),
        ])
    }

    public func render(_ component: Component, content: String, in context: inout RenderContext) throws -> String {
        let table = try context.data(for: component)
        let columns = try context.columns("columns", of: component, in: table) ?? Array(table.columns.indices)
        let formats = try TableFormats(component, table: table, context: context)
        let heat = try HeatScale(columns: context.columns("heat", of: component, in: table) ?? [], table: table)
        let link = try component.attribute("link").map { attribute -> (PageLinks.Target, Int) in
            let target = try context.links.target(attribute.value, at: attribute.valueLocation)
            guard let column = table.columnIndex(named: target.column) else {
                throw Diagnostic(at: attribute.valueLocation, "query '\(component["data"]!)' has no column '\(target.column)' for the link",
                                 hint: "select the value as \(target.column), e.g. p.name as \(target.column)")
            }
            return (target, column)
        }
        let totals = try totalsColumns(component, table: table, context: context)
        let id = context.makeID("table")
        let pageSize = component["rows"].flatMap(Int.init) ?? 10

        var html = "<div class=\"bi-table\" id=\"\(id)\" data-page-size=\"\(pageSize)\"\(component["search"] == "false" ? "" : " data-search")>"
        if let title = component["title"] { html += "<div class=\"table-caption\" id=\"\(id)-caption\">\(title.xmlEscaped)</div>" }
        html += "<div class=\"table-wrap\"><table\(component["title"] == nil ? "" : " aria-labelledby=\"\(id)-caption\"")><thead><tr>"
        for column in columns {
            let numeric = table.columns[column].type.isNumeric
            html += "<th scope=\"col\"\(numeric ? " class=\"num\"" : "") data-type=\"\(numeric ? "number" : "text")\">"
            html += ColumnTitle.humanize(table.columns[column].name).xmlEscaped + "</th>"
        }
        html += "</tr></thead><tbody>"
        for row in 0..<Swift.min(table.rowCount, DataTableComponent.rowLimit) {
            html += "<tr>"
            for column in columns {
                let value = table[row, column]
                let type = table.columns[column].type
                var text = formats.formatter(for: column).text(value, type: type).xmlEscaped
                if let (target, linkColumn) = link, column == linkColumn, let url = context.links.url(to: target, value: value) {
                    text = "<a href=\"\(url.xmlEscaped)\">\(text)</a>"
                }
                let classes = [type.isNumeric ? "num" : nil, heat.classes(value, column: column)].compactMap { $0 }
                var attributes = classes.isEmpty ? "" : " class=\"\(classes.joined(separator: " "))\""
                if let number = value.number { attributes += " data-v=\"\(number.shortestText)\"" }
                html += "<td\(attributes)>\(text)</td>"
            }
            html += "</tr>"
        }
        html += "</tbody>"
        if !totals.isEmpty { html += footer(table: table, columns: columns, totals: totals, formats: formats) }
        html += "</table></div><div class=\"table-foot\"><span class=\"table-note\">"
        let shown = Swift.min(table.rowCount, DataTableComponent.rowLimit)
        html += shown < table.rowCount ? "Showing \(NumberFormat.integer.full(Double(shown))) of \(NumberFormat.integer.full(Double(table.rowCount))) rows"
                                       : "\(NumberFormat.integer.full(Double(table.rowCount))) row\(table.rowCount == 1 ? "" : "s")"
        html += "</span>"
        if component["download"] != "false", let query = component["data"] {
            let base = "downloads/\(context.pageSlug)-\(query)"
            let csv = context.addFile(base + ".csv", Array(table.csv.utf8))
            let xlsx = context.addFile(base + ".xlsx", XLSXWriter.workbook(table, sheetName: query))
            html += "<span class=\"downloads\">Download <a href=\"\(csv.xmlEscaped)\" download>CSV</a> · <a href=\"\(xlsx.xmlEscaped)\" download>Excel</a></span>"
        }
        return html + "</div></div>"
    }

    /// `totals=true` sums every numeric column; `totals="a, b"` sums those.
    private func totalsColumns(_ component: Component, table: ResultTable, context: RenderContext) throws -> [Int] {
        guard let value = component["totals"], value != "false" else { return [] }
        if value == "true" { return table.columns.indices.filter { table.columns[$0].type.isNumeric } }
        return try context.columns("totals", of: component, in: table) ?? []
    }

    private func footer(table: ResultTable, columns: [Int], totals: [Int], formats: TableFormats) -> String {
        var html = "<tfoot><tr>"
        for (position, column) in columns.enumerated() {
            if totals.contains(column) {
                // Sums every row of the result, not only those shown.
                let sum = (0..<table.rowCount).reduce(0.0) { $0 + (table[$1, column].number ?? 0) }
                let value: Value = table.columns[column].type == .integer ? .integer(Int64(sum)) : .real(sum)
                html += "<td class=\"num\">\(formats.formatter(for: column).text(value, type: table.columns[column].type).xmlEscaped)</td>"
            } else {
                html += position == 0 ? "<th scope=\"row\">Total</th>" : "<td></td>"
            }
        }
        return html + "</tr></tfoot>"
    }
}
