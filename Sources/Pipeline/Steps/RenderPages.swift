import BICore
import Query
import Reports
import Site

extension BuildStep {
    /// Lays out every report as an HTML page in the theme, plus a home page when the project has none.
    public static let renderPages = BuildStep(name: "Render pages") { context in
        let theme = try Theme.load(projectDirectory: context.project.directory)
        context.theme = theme
        let siteMap = context.siteMap
        let renderer = PageRenderer(components: context.options.components)
        let siteTitle = context.project.config.title
        let asOf = context.options.asOf?.description
        var search = SearchIndex()
        for page in siteMap.pages {
            let scope = TemplateScope(results: context.results(for: page), parameters: page.parameters)
            var renderContext = RenderContext(report: page.report, scope: scope, chartLayout: context.options.chartLayout,
                                              links: PageLinks(siteMap: siteMap, current: page))
            renderContext.asOf = context.asOf
            renderContext.isChecking = context.options.mode == .check
            renderContext.failedQueries = Set(page.report.queries.map(\.name).filter {
                context.failedQueries.contains(QueryKey(page: page.outputPath, name: $0))
            })
            renderContext.inputs = context.inputs[page.outputPath] ?? []
            renderContext.variants = context.variants[page.outputPath] ?? []
            if let defaults = renderContext.variants.first?.results {
                renderContext.scope.results.merge(defaults) { base, _ in base }   // loops and conditions use the default selection
            }
            let body = renderer.render(page.report.body, in: &renderContext, diagnostics: &context.diagnostics)
            context.files.merge(renderContext.files) { first, _ in first }
            let (heading, content) = LeadingHeading.split(body)
            let outline = PageOutline(content)
            search.add(url: page.outputPath, title: page.title, html: outline.html)
            if PDFSelection(options: context.options).wants(page) {
                context.printable[page.outputPath] = PrintablePage(page: page, html: outline.html, figures: renderContext.figures)
            }
            context.pages[page.outputPath] = theme.render(PageValues(
                title: page.title, heading: heading ?? page.title.xmlEscaped, siteTitle: siteTitle,
                description: page.report.frontMatter.description, root: page.root,
                navigation: siteMap.navigationHTML(current: page), breadcrumbs: siteMap.breadcrumbsHTML(for: page),
                contents: outline.contentsHTML(), content: outline.html, asOf: asOf))
        }
        if !siteMap.hasHomePage {
            context.pages["index.html"] = theme.render(PageValues(
                title: siteTitle, heading: siteTitle.xmlEscaped, siteTitle: siteTitle, description: nil, root: "",
                navigation: siteMap.navigationHTML(current: nil), content: HomePage(siteMap: siteMap).html, asOf: asOf))
        }
        context.files["search-index.json"] = Array(search.json.utf8)
        // Pages of reports that failed are missing but not broken links, nor are pages of a templated
        // report whose values could not be listed.
        let failed = context.reportFiles.filter { file in !siteMap.pages.contains { $0.report.path == file } }
        let assets = Set(theme.assets.map(\.path)).union(context.files.keys).union(failed.map(SitePage.outputPath(for:)))
        let unlisted = failed.filter(TemplatedPath.isTemplate).map { SitePage.outputPath(for: $0).split(separator: "/").dropLast().joined(separator: "/") + "/" }
        for (page, target) in LinkCheck(pages: context.pages, files: assets).brokenLinks() where !unlisted.contains(where: target.contains) {
            let report = siteMap.pages.first { $0.outputPath == page }?.report
            let location = report.flatMap { $0.location(of: target) } ?? SourceLocation(file: report?.path ?? page, line: 1, column: 1)
            context.diagnostics.report(Diagnostic(at: location, "broken link to '\(target)' on \(page)",
                                          hint: "link to another report by its page name, e.g. [Regions](regions.html)"))
        }
    }
}
