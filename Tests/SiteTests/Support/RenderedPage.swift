import BICore
import Foundation
import Charts
import Reports
import Site

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

    /// The text of every cell of the first table body, row by row, tags stripped.
    var tableRows: [[String]] {
        guard let start = html.range(of: "<tbody>"), let end = html.range(of: "</tbody>", range: start.upperBound..<html.endIndex) else { return [] }
        return html[start.upperBound..<end.lowerBound].components(separatedBy: "</tr>").dropLast().map { row in
            row.components(separatedBy: "</td>").dropLast().map { RenderedPage.text($0) }
        }
    }

    /// Every `<li>`'s text in the element with `class`, tags stripped.
    func listItems(in className: String) -> [String] {
        guard let start = html.range(of: "class=\"\(className)\"") else { return [] }
        let list = html[start.upperBound...]
        guard let end = list.range(of: "</ol>") ?? list.range(of: "</ul>") else { return [] }
        return list[..<end.lowerBound].components(separatedBy: "</li>").dropLast().map { RenderedPage.text($0) }
    }

    /// The text of the first `<figcaption>`.
    var caption: String? {
        guard let start = html.range(of: "<figcaption>"), let end = html.range(of: "</figcaption>") else { return nil }
        return RenderedPage.text(html[start.upperBound..<end.lowerBound])
    }

    /// Markup removed (inline SVG with its titles included), entities decoded, spaces trimmed.
    static func text<S: StringProtocol>(_ html: S) -> String {
        var source = String(html)
        while let start = source.range(of: "<svg"), let end = source.range(of: "</svg>", range: start.upperBound..<source.endIndex) {
            source.removeSubrange(start.lowerBound..<end.upperBound)
        }
        var text = "", inTag = false
        for character in source {
            if character == "<" { inTag = true } else if character == ">" { inTag = false } else if !inTag { text.append(character) }
        }
        return text.replacing("&lt;", with: "<").replacing("&gt;", with: ">").replacing("&quot;", with: "\"")
            .replacing("&amp;", with: "&").trimming(" \n")
    }
}
