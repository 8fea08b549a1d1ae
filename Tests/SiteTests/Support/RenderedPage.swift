import BICore
import Charts
import Reports
import Site
import TestSupport

/// A report body rendered the way a build renders it, against given query results: its HTML and
/// the diagnostics its components reported.
struct RenderedPage {
    let html: String
    let diagnostics: [String]

    /// Renders `body` (Markdown with components) as `reports/r.md`, declaring a query per result;
    /// `checking` renders as `bi check` does, against results without rows.
    init(_ body: String, results: [String: ResultTable], checking: Bool = false) throws {
        let queries = results.keys.sorted().map { "```sql \($0)\nselect 1\n```\n" }.joined()
        let report = try ReportParser(catalog: SiteComponents.standard.catalog).parse(queries + body + "\n", path: "reports/r.md")
        let scope = checking ? results.mapValues { ResultTable(columns: $0.columns, cells: []) } : results
        var context = RenderContext(report: report, scope: TemplateScope(results: scope), chartLayout: ChartLayout(),
                                    links: PageLinks(siteMap: SiteMap(pages: []), current: nil))
        context.isChecking = checking
        var collector = DiagnosticCollector()
        html = PageRenderer().render(report.body, in: &context, diagnostics: &collector)
        diagnostics = collector.diagnostics.map(\.description)
    }

    /// The text of every cell of the first table body, row by row.
    var tableRows: [[String]] { HTMLText.tableRows(in: html) }

    /// The text of each item of the list with `class`.
    func listItems(in className: String) -> [String] { HTMLText.listItems(in: html, after: "class=\"\(className)\"") }

    /// The text of the first `<figcaption>`.
    var caption: String? { HTMLText.caption(in: html) }
}
