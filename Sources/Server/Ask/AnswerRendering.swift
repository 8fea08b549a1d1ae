import BICore
import Charts

/// An answer drawn for the page: the chart the engine suggested for its shape as inline SVG (laid
/// out once for wide screens and once for phones), a single number as a big value, and the rows as a table.
struct AnswerRendering {
    let answer: AskAnswer
    let layout: ChartLayout
    /// The phone layout's size, in CSS pixels.
    static let narrow = (width: 340.0, height: 300.0)
    /// Tables longer than this start folded.
    static let openRows = 25

    var html: String {
        let table = answer.table
        if table.rowCount == 1, table.columns.count == 1, let value = table.values(ofColumn: 0).first {
            return "<p class=\"ask-value\"><span>\(table.columns[0].name.xmlEscaped)</span> \(value.text.xmlEscaped)</p>"
        }
        return chart + rows
    }

    private var chart: String {
        guard var spec = ChartSpec.suggested(answer.compiled.chart, for: answer.table) else { return "" }
        guard let wide = try? layout.scene(for: spec, data: answer.table) else { return "" }
        spec.width = Self.narrow.width
        spec.height = Self.narrow.height
        let narrow = try? layout.scene(for: spec, data: answer.table)
        return "<figure class=\"ask-chart\"><div class=\"wide\">\(SVGRenderer().render(wide, id: "ask-wide"))</div>"
            + (narrow.map { "<div class=\"narrow\">\(SVGRenderer().render($0, id: "ask-narrow"))</div>" } ?? "") + "</figure>"
    }

    private var rows: String {
        let table = answer.table
        let shown = min(table.rowCount, AskView.tableRows)
        var html = "<div class=\"scroll\"><table class=\"ask-table\"><thead><tr>"
        html += table.columns.map { "<th scope=\"col\"\($0.type.isNumeric ? " class=\"num\"" : "")>\($0.name.xmlEscaped)</th>" }.joined()
        html += "</tr></thead><tbody>"
        for row in 0..<shown {
            html += "<tr>" + zip(table.columns, table.row(row)).map { column, value in
                "<td\(column.type.isNumeric ? " class=\"num\"" : "")>\(Self.text(value).xmlEscaped)</td>"
            }.joined() + "</tr>"
        }
        html += "</tbody></table></div>"
        if table.rowCount > shown { html += "<p class=\"muted\">The first \(shown) of \(table.rowCount) rows.</p>" }
        // A long table folds under the chart, so the SQL and the next question stay in reach.
        guard table.rowCount > Self.openRows else { return html }
        return "<details class=\"ask-rows\"><summary>Table: \(table.rowCount) rows</summary>\(html)</details>"
    }

    /// Numbers rounded to two decimals and shown without trailing zeros (2030.6, whether the sum
    /// came out as 2030.6 or 2030.6000000000001); everything else as it is.
    static func text(_ value: Value) -> String {
        if case .real(let number) = value, number.isFinite { return ((number * 100).rounded() / 100).shortestText }
        return value.text
    }
}
