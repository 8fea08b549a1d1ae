import BICore
import Charts
import Reports
import Site
import Testing

struct TemplatingRenderTests {
    let top = ResultTable(columns: [Column("product", .text), Column("revenue", .real)],
                          rows: [[.text("Nova *Pro*"), .real(1234.5)], [.text("Orbit"), .real(99)]])

    func render(_ text: String, parameters: [String: Value] = [:], path: String = "reports/r.md") throws -> (String, [Diagnostic]) {
        let report = try ReportParser(catalog: SiteComponents.standard.catalog).parse(text, path: path)
        var context = RenderContext(report: report, scope: TemplateScope(results: ["top": top], parameters: parameters),
                                    chartLayout: ChartLayout(), links: PageLinks(siteMap: SiteMap(pages: []), current: nil))
        var diagnostics = DiagnosticCollector()
        let html = PageRenderer().render(report.body, in: &context, diagnostics: &diagnostics)
        return (html, diagnostics.diagnostics)
    }

    @Test func loopRowsFormOneListWithEscapedValues() throws {
        let (html, diagnostics) = try render("```sql top\nselect 1\n```\n{#each top as row}\n- {row.product}: {row.revenue | usd}\n{/each}\n")
        #expect(diagnostics.isEmpty)
        #expect(html == "<ul>\n<li>Nova *Pro*: $1,234.50</li>\n<li>Orbit: $99.00</li>\n</ul>\n")
    }

    @Test func conditionsPickTheFirstTrueBranch() throws {
        let text = "```sql top\nselect 1\n```\n{#if top.length > 5}\nmany\n{:else if top.revenue >= 1000}\nbig first\n{:else}\nother\n{/if}\n"
        #expect(try render(text).0 == "<p>big first</p>\n")
    }

    @Test func parametersFillTemplatedPages() throws {
        let (html, _) = try render("Product {params.product}, not {other.thing} or `{params.product}`\n",
                                   parameters: ["product": .text("Nova")], path: "reports/p/[product].md")
        #expect(html == "<p>Product Nova, not {other.thing} or <code>{params.product}</code></p>\n")
    }

    @Test func aMissingColumnInALoopIsAnError() throws {
        let (_, diagnostics) = try render("```sql top\nselect 1\n```\n{#each top as row}\n{row.revenu}\n{/each}\n")
        #expect(diagnostics.map(\.description) == ["reports/r.md:5:1: error: 'row' has no column 'revenu'\n  hint: did you mean 'revenue'?"])
    }

    @Test func layoutComponentsWrapTheirContent() throws {
        let (html, diagnostics) = try render("<Grid cols=3>\n\n**a**\n\n</Grid>\n\n<Alert status=warning title=\"Careful\">\nStock is low.\n</Alert>\n")
        #expect(diagnostics.isEmpty)
        #expect(html == "<div class=\"bi-grid bi-cols-3\">\n<p><strong>a</strong></p>\n</div>\n<aside class=\"bi-alert bi-alert-warning\" role=\"alert\"><strong class=\"alert-title\">Careful</strong>\n<p>Stock is low.</p>\n</aside>\n")
    }

    @Test func tabsWorkWithoutJavaScript() throws {
        let (html, _) = try render("<Tabs>\n<Tab label=\"One\">\nfirst\n</Tab>\n<Tab label=\"Two\">\nsecond\n</Tab>\n</Tabs>\n")
        #expect(html.contains("<input type=\"radio\" name=\"tabs-1\" id=\"tabs-1-0\" checked><label for=\"tabs-1-0\">One</label>"))
        #expect(html.contains("<section class=\"tab-panel\" aria-label=\"Two\">\n<p>second</p>\n</section>"))
    }

    @Test func outlineGivesHeadingsIdsAndContents() {
        let outline = PageOutline("<h2>Sales by region</h2><p>x</p><h3>West</h3><h2>Sales by region</h2><h2>Notes &amp; caveats</h2>")
        #expect(outline.html == "<h2 id=\"sales-by-region\">Sales by region</h2><p>x</p><h3 id=\"west\">West</h3><h2 id=\"sales-by-region-2\">Sales by region</h2><h2 id=\"notes-caveats\">Notes &amp; caveats</h2>")
        #expect(outline.contentsHTML().contains("<li><a href=\"#notes-caveats\">Notes &amp; caveats</a></li>"))
        #expect(PlainText.strip("<p>Revenue <svg><text>1K</text></svg>grew &amp; held</p>") == "Revenue grew & held")
    }
}
