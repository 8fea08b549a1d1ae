import BICore
import Query
import Reports
import Site

extension BuildStep {
    /// Lays out every report as an HTML page in the theme, plus a home page when the project has none.
    /// With ``BuildContext/reuse``, pages of unchanged reports with unchanged results and navigation are kept.
    public static let renderPages = BuildStep(name: "Render pages") { context in
        let theme = try Theme.load(projectDirectory: context.project.directory)
        context.theme = theme
        let siteMap = context.siteMap
        let pdf = PDFSelection(options: context.options)
        let reuse = context.reuse.flatMap { $0.hasNavigation(of: siteMap) ? $0 : nil }
        let renderer = PageRenderer(components: context.options.components)
        var search = SearchIndex()
        var renderedNow: Set<String> = ["index.html"]
        for page in siteMap.pages {
            let reused = pdf.wants(page) ? nil : reuse?.page(page)
            if reused == nil { renderedNow.insert(page.outputPath) }
            let (html, rendered) = reused ?? render(page, with: renderer, in: theme, context: &context)
            context.pages[page.outputPath] = html
            context.rendered[page.outputPath] = rendered
            context.files.merge(rendered.files) { first, _ in first }
            if let entry = rendered.search { search.add(entry) }
        }
        if !siteMap.hasHomePage {
            let siteTitle = context.project.config.title
            let values = PageValues(
                title: siteTitle, heading: siteTitle.xmlEscaped, siteTitle: siteTitle, description: nil, root: "",
                navigation: siteMap.navigationHTML(current: nil), content: HomePage(siteMap: siteMap).html,
                asOf: context.options.asOf?.description)
            context.pages["index.html"] = theme.render(values)
            context.rendered["index.html"] = RenderedPage(values: values, files: [:], search: nil)
        }
        context.files[SearchIndex.fileName] = Array(search.json.utf8)
        // Kept pages had their links checked when they were rendered, against the same set of pages.
        checkLinks(in: &context, theme: theme, on: reuse == nil ? nil : renderedNow)
    }

    /// Renders one page (and, when it is printed, keeps what the PDF step needs).
    private static func render(_ page: SitePage, with renderer: PageRenderer, in theme: Theme,
                               context: inout BuildContext) -> (html: String, rendered: RenderedPage) {
        let siteMap = context.siteMap
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
        let (heading, content) = LeadingHeading.split(body)
        let outline = PageOutline(content)
        if PDFSelection(options: context.options).wants(page) {
            context.printable[page.outputPath] = PrintablePage(page: page, html: outline.html, figures: renderContext.figures)
        }
        let values = PageValues(
            title: page.title, heading: heading ?? page.title.xmlEscaped, siteTitle: context.project.config.title,
            description: page.report.frontMatter.description, root: page.root,
            navigation: siteMap.navigationHTML(current: page), breadcrumbs: siteMap.breadcrumbsHTML(for: page),
            contents: outline.contentsHTML(), content: outline.html, asOf: context.options.asOf?.description)
        let search = SearchIndex.Entry(url: page.outputPath, title: page.title, html: outline.html)
        return (theme.render(values), RenderedPage(values: values, files: renderContext.files, search: search))
    }

    /// Reports links between pages that lead nowhere. Pages of reports that failed are missing but not
    /// broken links, nor are pages of a templated report whose values could not be listed.
    private static func checkLinks(in context: inout BuildContext, theme: Theme, on checked: Set<String>?) {
        let siteMap = context.siteMap
        let failed = context.reportFiles.filter { file in !siteMap.pages.contains { $0.report.path == file } }
        let assets = Set(theme.assets.map(\.path)).union(context.files.keys).union(failed.map(SitePage.outputPath(for:)))
        let unlisted = failed.filter(TemplatedPath.isTemplate).map { SitePage.outputPath(for: $0).split(separator: "/").dropLast().joined(separator: "/") + "/" }
        for (page, target) in LinkCheck(pages: context.pages, files: assets).brokenLinks(on: checked) where !unlisted.contains(where: target.contains) {
            let report = siteMap.pages.first { $0.outputPath == page }?.report
            let location = report.flatMap { $0.location(of: target) } ?? SourceLocation(file: report?.path ?? page, line: 1, column: 1)
            context.diagnostics.report(Diagnostic(at: location, "broken link to '\(target)' on \(page)",
                                          hint: "link to another report by its page name, e.g. [Regions](regions.html)"))
        }
    }
}
