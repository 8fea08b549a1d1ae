import BICore
import Charts
@testable import Site
import Reports

import Testing

struct DataTableTests {
    let sales = ResultTable(columns: [Column("region", .text), Column("orders", .integer), Column("revenue", .real), Column("day", .date)],
                            rows: [[.text("North"), .integer(3), .real(65.5), .text("2025-01-02")],
                                   [.text("South"), .integer(2), .real(-10), .text("2025-03-04")]])

    func render(_ tag: String) throws -> (String, [String: [UInt8]], [Diagnostic]) {
        let report = try ReportParser(catalog: SiteComponents.standard.catalog).parse("```sql sales\nselect 1\n```\n" + tag + "\n", path: "reports/r.md")
        var context = RenderContext(report: report, scope: TemplateScope(results: ["sales": sales]), chartLayout: ChartLayout(),
                                    links: PageLinks(siteMap: SiteMap(pages: []), current: nil))
        var diagnostics = DiagnosticCollector()
        let html = PageRenderer().render(report.body, in: &context, diagnostics: &diagnostics)
        return (html, context.files, diagnostics.diagnostics)
    }

    @Test func totalsSumEveryRowWithTheColumnFormat() throws {
        let (html, _, diagnostics) = try render("<DataTable data=sales formats=\"revenue:usd\" totals=\"orders, revenue\" />")
        #expect(diagnostics.isEmpty)
        #expect(html.contains("<tfoot><tr><th scope=\"row\">Total</th><td class=\"num\">5</td><td class=\"num\">$55.50</td><td></td></tr></tfoot>"))
        #expect(html.contains("<td class=\"num\" data-v=\"65.5\">$65.50</td>"))
    }

    @Test func heatShadesByValueAndDivergesAroundZero() throws {
        let (html, _, _) = try render("<DataTable data=sales heat=revenue />")
        #expect(html.contains("<td class=\"num heat heat-up heat-10\" data-v=\"65.5\">65.50</td>"))
        #expect(html.contains("<td class=\"num heat heat-down heat-2\" data-v=\"-10\">-10.00</td>"))
    }

    @Test func downloadsHoldTheFullResult() throws {
        let (html, files, _) = try render("<DataTable data=sales />")
        #expect(html.contains("<a href=\"downloads/r-sales.csv\" download>CSV</a> · <a href=\"downloads/r-sales.xlsx\" download>Excel</a>"))
        #expect(String(decoding: files["downloads/r-sales.csv"]!, as: UTF8.self) ==
                "region,orders,revenue,day\r\nNorth,3,65.5,2025-01-02\r\nSouth,2,-10,2025-03-04\r\n")
        let sheet = String(decoding: XLSXWriter.sheet(sales), as: UTF8.self)
        #expect(sheet.contains("<c r=\"C2\"><v>65.5</v></c><c r=\"D2\" s=\"2\"><v>45659</v></c>"))   // 2025-01-02 as an Excel serial day
        let workbook = files["downloads/r-sales.xlsx"]!
        #expect(workbook.starts(with: [0x50, 0x4B, 0x03, 0x04]))
    }

    @Test func badColumnFormatsSayWhere() throws {
        let (_, _, diagnostics) = try render("<DataTable data=sales formats=\"revenu:usd\" />")
        #expect(diagnostics.map(\.description) == ["reports/r.md:4:32: error: query 'sales' has no column 'revenu'\n  hint: did you mean 'revenue'?"])
    }

    @Test func zipChecksums() {
        #expect(XLSXWriter.reference(0, 1) == "A1")
        #expect(XLSXWriter.reference(27, 3) == "AB3")
    }
}
