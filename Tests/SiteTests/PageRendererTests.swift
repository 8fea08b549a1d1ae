import BICore
import Charts
import Reports
import Site
import Testing

struct PageRendererTests {
    let parser = ReportParser(catalog: SiteComponents.standard.catalog)
    let results: [String: ResultTable] = [
        "q": ResultTable(columns: [Column("region", .text), Column("revenue", .real), Column("orders", .integer)],
                         rows: [[.text("North"), .real(65.5), .integer(3)], [.text("South"), .real(1152), .integer(2)]]),
    ]

    func render(_ text: String) throws -> (String, [Diagnostic]) {
        let report = try parser.parse(text, path: "reports/r.md")
        var context = RenderContext(report: report, scope: TemplateScope(results: results), chartLayout: ChartLayout(),
                                    links: PageLinks(siteMap: SiteMap(pages: []), current: nil))
        var diagnostics = DiagnosticCollector()
        let html = PageRenderer().render(report.body, in: &context, diagnostics: &diagnostics)
        return (html, diagnostics.diagnostics)
    }

    @Test func inlineValuesStayInTheirParagraph() throws {
        let (html, _) = try render("```sql q\nselect 1\n```\nNorth made <Value data=q column=revenue fmt=usd /> and South <Value data=q column=revenue row=last />.\n")
        #expect(html == "<p>North made <span class=\"bi-value\">$65.50</span> and South <span class=\"bi-value\">1,152</span>.</p>\n")
    }

    @Test func blockComponentsReplaceTheirLine() throws {
        let (html, _) = try render("```sql q\nselect 1\n```\nBefore\n<Value data=q column=orders />\n<DataTable data=q columns=\"region, orders\" download=false />\nAfter\n")
        #expect(html.hasPrefix("<p>Before\n<span class=\"bi-value\">3</span></p>\n<div class=\"bi-table\" id=\"table-1\" data-page-size=\"10\" data-search>"))
        #expect(html.contains("<tbody><tr><td>North</td><td class=\"num\" data-v=\"3\">3</td></tr><tr><td>South</td><td class=\"num\" data-v=\"2\">2</td></tr></tbody>"))
        #expect(html.hasSuffix("</div>\n<p>After</p>\n"))
    }

    @Test func chartsAreInlineSVGInBothLayouts() throws {
        let (html, diagnostics) = try render("```sql q\nselect 1\n```\n<BarChart data=q x=region y=revenue />\n")
        #expect(diagnostics.isEmpty)
        #expect(html.split(separator: "<svg ").count == 3)
        #expect(html.contains("id=\"chart-1-title\"") && html.contains("id=\"chart-1-narrow-title\""))
    }

    @Test func aColumnTheQueryLacksIsAnErrorAtTheAttribute() throws {
        let (_, diagnostics) = try render("```sql q\nselect 1\n```\n\n<LineChart data=q x=region y=\"orders, revenu\" />\n")
        #expect(diagnostics.map(\.description) == ["reports/r.md:5:39: error: query 'q' has no column 'revenu'\n  hint: did you mean 'revenue'?"])
    }

    @Test func aTextColumnAsYIsAnError() throws {
        let (_, diagnostics) = try render("```sql q\nselect 1\n```\n<BarChart data=q x=orders y=region />\n")
        #expect(diagnostics.map(\.description) == ["reports/r.md:4:29: error: column 'region' is text, but y needs numbers\n  hint: put the category in x and a numeric column in y"])
    }

    @Test func leadingHeadingMovesToThePageHeader() {
        let (heading, content) = LeadingHeading.split("<h1>Sales <em>now</em></h1>\n<p>x</p>\n")
        #expect(heading == "Sales <em>now</em>")
        #expect(content == "<p>x</p>\n")
    }
}
