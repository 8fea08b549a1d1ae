import BICore

/// A small static table of a component's own findings (anomalies, segments, a data profile),
/// styled like `<DataTable>` but without its tools (and so without its `bi-table` class, which
/// bi.js enhances): every row is shown, nothing to download.
///
/// ```swift
/// FindingsTable(columns: [.init("Day"), .init("Revenue", isNumeric: true)], rows: [["2025-06-10", "$82,641.89"]]).html
/// ```
struct FindingsTable {
    struct Column {
        var title: String
        /// Right-aligned, as numbers are.
        var isNumeric: Bool

        init(_ title: String, isNumeric: Bool = false) {
            self.title = title
            self.isNumeric = isNumeric
        }
    }

    var caption: String?
    /// A CSS class for the whole table, beside `bi-findings`.
    var className: String?
    var columns: [Column]
    /// Cells as HTML (escape text with `xmlEscaped`), one array per row.
    var rows: [[String]]

    var html: String {
        var html = "<div class=\"bi-findings\(className.map { " " + $0 } ?? "")\">"
        if let caption { html += "<div class=\"table-caption\">\(caption.xmlEscaped)</div>" }
        html += "<div class=\"table-wrap\"><table><thead><tr>"
        for column in columns {
            html += "<th scope=\"col\"\(column.isNumeric ? " class=\"num\"" : "")>\(column.title.xmlEscaped)</th>"
        }
        html += "</tr></thead><tbody>"
        for row in rows {
            html += "<tr>" + zip(columns, row).map { "<td\($0.isNumeric ? " class=\"num\"" : "")>\($1)</td>" }.joined() + "</tr>"
        }
        return html + "</tbody></table></div></div>"
    }
}
