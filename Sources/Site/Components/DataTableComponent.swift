import BICore
import Reports

/// `<DataTable>`: the rows of a query as an HTML table, numbers right-aligned and formatted.
///
/// ```markdown
/// <DataTable data=top_products columns="product, revenue" title="Top products" />
/// ```
public struct DataTableComponent: ComponentRenderer {
    /// Rows shown on the page; the rest are counted in a note.
    public static let defaultRowLimit = 1000

    public init() {}

    public var spec: ComponentSpec {
        ComponentSpec("DataTable", attributes: [
            .init("data", .query, required: true), .init("columns", .columns), .init("title", .text),
            .init("rows", .number), .init("fmt", .choice(NumberFormat.names)),
        ])
    }

    public func render(_ component: Component, content: String, in context: inout RenderContext) throws -> String {
        let table = try context.data(for: component)
        let columns = try context.columns("columns", of: component, in: table) ?? Array(table.columns.indices)
        let limit = component["rows"].flatMap(Int.init) ?? DataTableComponent.defaultRowLimit
        let formatter = CellFormatter(format: component["fmt"].flatMap(NumberFormat.init(name:)))
        var html = "<div class=\"table-wrap\">"
        if let title = component["title"] { html += "<div class=\"table-caption\" id=\"\(context.makeID("table"))\">\(title.xmlEscaped)</div>" }
        html += "<table><thead><tr>"
        for column in columns {
            let type = table.columns[column].type
            html += "<th scope=\"col\"\(CellFormatter.isNumeric(type) ? " class=\"num\"" : "")>\(ColumnTitle.humanize(table.columns[column].name).xmlEscaped)</th>"
        }
        html += "</tr></thead><tbody>"
        for row in 0..<Swift.min(limit, table.rowCount) {
            html += "<tr>"
            for column in columns {
                let type = table.columns[column].type
                html += CellFormatter.isNumeric(type) ? "<td class=\"num\">" : "<td>"
                html += formatter.text(table[row, column], type: type).xmlEscaped + "</td>"
            }
            html += "</tr>"
        }
        html += "</tbody></table>"
        if table.rowCount > limit {
            html += "<div class=\"table-note\">Showing \(limit) of \(NumberFormat.integer.full(Double(table.rowCount))) rows.</div>"
        }
        return html + "</div>"
    }
}
