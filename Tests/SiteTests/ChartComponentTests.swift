import BICore
import Charts
import Reports
import Site
import Testing

/// The chart tags beyond bars and lines: their own attribute names, checks and layouts.
struct ChartComponentTests {
    let parser = ReportParser(catalog: SiteComponents.standard.catalog)
    let results: [String: ResultTable] = [
        "q": ResultTable(columns: [Column("country", .text), Column("revenue", .real), Column("start", .date), Column("end", .date)],
                         rows: [[.text("Germany"), .real(65.5), .text("2025-01-02"), .text("2025-01-09")],
                                [.text("Japan"), .real(1152), .text("2025-01-05"), .text("2025-02-01")]]),
    ]

    func render(_ tag: String) throws -> (String, [String]) {
        let report = try parser.parse("```sql q\nselect 1\n```\n" + tag + "\n", path: "reports/r.md")
        var context = RenderContext(report: report, scope: TemplateScope(results: results), chartLayout: ChartLayout(),
                                    links: PageLinks(siteMap: SiteMap(pages: []), current: nil))
        var diagnostics = DiagnosticCollector()
        let html = PageRenderer().render(report.body, in: &context, diagnostics: &diagnostics)
        return (html, diagnostics.diagnostics.map(\.description))
    }

    func parseErrors(_ tag: String) -> [String] {
        do {
            _ = try parser.parse("```sql q\nselect 1\n```\n" + tag + "\n", path: "reports/r.md")
            return []
        } catch let list as DiagnosticList {
            return list.diagnostics.map(\.description)
        } catch {
            return ["\(error)"]
        }
    }

    @Test func everyChartTypeHasATag() {
        for type in ChartType.allCases { #expect(SiteComponents.standard.catalog[type.componentName] != nil, "\(type)") }
    }

    @Test func mapsNameTheirColumnsForWhatTheyHold() throws {
        let (html, diagnostics) = try render("<AreaMap data=q country=country value=revenue title=\"Revenue\" />")
        #expect(diagnostics.isEmpty)
        #expect(html.contains("<title>Germany: 65.5</title>") && html.contains("<title>Japan: 1,152</title>"))
        let (_, typo) = try render("<AreaMap data=q country=contry value=revenue />")
        #expect(typo == ["reports/r.md:4:25: error: query 'q' has no column 'contry'\n  hint: did you mean 'country'?"])
    }

    @Test func ganttTakesDatesAsY() throws {
        let (html, diagnostics) = try render("<Gantt data=q x=country y=\"start, end\" />")
        #expect(diagnostics.isEmpty)
        #expect(html.contains("<title>Japan: 2025-01-05 – 2025-02-01 (27 days)</title>"))
    }

    @Test func attributesATypeDoesNotTakeAreErrors() {
        #expect(parseErrors("<PieChart data=q x=country y=revenue yLine=\"1 a\" />") == [
            "reports/r.md:4:38: error: <PieChart> has no attribute 'yLine'\n  hint: it takes: data, x, y, title, subtitle, fmt, height, link"])
    }

    @Test func aBadAnnotationIsAnErrorAtItsValue() throws {
        let (_, diagnostics) = try render("<BarChart data=q x=country y=revenue yBand=\"100\" />")
        #expect(diagnostics == ["reports/r.md:4:45: error: cannot read yBand '100': write FROM..TO, then a label"])
    }

    @Test func smallChartsAreDrawnOnce() throws {
        let (html, _) = try render("<BigValue data=q x=country y=revenue fmt=usd />")
        #expect(html.hasPrefix("<figure class=\"bi-figure bi-compact\" data-figure=\"chart-1\"><svg "))
        #expect(html.split(separator: "<svg ").count == 2)
        #expect(html.contains(">$1.2K</text>") && html.contains(">▲ 1658.8% vs Germany</text>"))
    }
}
