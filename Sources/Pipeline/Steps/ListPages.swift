import BICore
import Query
import Reports
import Site

extension BuildStep {
    /// Decides every page of the site: a page per report, a page per value of each templated
    /// report (its `values` query runs here), and an index for a templated folder that has none.
    public static let listPages = BuildStep(name: "List pages") { context in
        var pages: [SitePage] = []
        let runner = context.runner
        for report in context.reports {
            guard TemplatedPath.isTemplate(report.path) else {
                pages.append(SitePage(report: report))
                continue
            }
            guard var instances = context.diagnostics.attempt({ try TemplateExpansion(report: report).pages(using: runner) }) else { continue }
            if context.options.mode == .check { instances = Array(instances.prefix(1)) }   // one value checks the template
            pages += instances
            let folder = String(report.path[..<(report.path.lastIndex(of: "/") ?? report.path.startIndex)])
            if !context.reports.contains(where: { $0.path == folder + "/index.md" }) {
                pages.append(SitePage(report: TemplateExpansion.indexReport(folder: folder, pages: instances)))
            }
        }
        context.siteMap = SiteMap(pages: pages)
    }
}

/// Turns a templated report into its pages.
struct TemplateExpansion {
    let report: Report

    func pages(using runner: QueryRunner) throws -> [SitePage] {
        let parameters = TemplatedPath.parameters(in: report.path)
        let start = SourceLocation(file: report.path, line: 1, column: 1)
        guard parameters.count == 1, let parameter = parameters.first, parameter.isIdentifier else {
            throw Diagnostic(at: start, "a templated page takes one parameter, written like reports/products/[product].md")
        }
        guard let name = report.frontMatter.values else {
            throw Diagnostic(at: start, "the templated page needs `values:` in its front matter",
                             hint: "name a query of the page that lists the \(parameter) values, e.g. values: \(parameter)_list")
        }
        guard let block = report.query(named: name) else {
            throw Diagnostic(at: report.frontMatter.locations["values"], "no query named '\(name)'",
                             hint: "queries in this report: \(report.queries.map(\.name).joined(separator: ", "))")
        }
        var planning = DiagnosticCollector()
        let planned = QueryPlanner().plan(Report(path: report.path, frontMatter: report.frontMatter, queries: [block], body: []),
                                          page: report.path, diagnostics: &planning)
        try planning.throwIfErrors()
        let table = try runner.run(planned[0]).get()
        let column = table.columnIndex(named: parameter) ?? 0
        var seen: Set<Value> = [], slugs: [String: Int] = [:]
        var pages: [SitePage] = []
        for value in table.values(ofColumn: column) where !value.isNull && seen.insert(value).inserted {
            var slug = SitePage.slug(value.text)
            slugs[slug, default: 0] += 1
            if slugs[slug]! > 1 { slug += "-\(slugs[slug]!)" }
            pages.append(SitePage(template: report, parameter: parameter, value: value, slug: slug))
        }
        guard !pages.isEmpty else {
            throw Diagnostic(at: block.location, "the values query '\(name)' returned no \(parameter) values, so no page is made",
                             hint: "check its filter; a templated page needs at least one value")
        }
        return pages
    }

    /// A generated index of a templated folder: a link to each value's page.
    static func indexReport(folder: String, pages: [SitePage]) -> Report {
        let name = folder.split(separator: "/").last.map(String.init) ?? folder
        var markdown = ""
        for page in pages.sorted(by: { $0.title.lowercased() < $1.title.lowercased() }) {
            let file = page.outputPath.split(separator: "/").last.map(String.init) ?? page.outputPath
            markdown += "- [\(MarkdownText.escape(page.title))](\(file))\n"
        }
        let title = name.prefix(1).uppercased() + name.dropFirst().replacing("_", with: " ")
        return Report(path: folder + "/index.md", frontMatter: FrontMatter(title: title),
                      queries: [], body: [.markdown(markdown, SourceLocation(file: folder + "/index.md", line: 1, column: 1))])
    }
}
