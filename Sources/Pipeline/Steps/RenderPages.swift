import BICore
import Query
import Reports
import Site

extension BuildStep {
    /// Lays out every report as an HTML page in the theme, plus a home page when the project has none.
    /// With ``BuildContext/reuse``, pages of unchanged reports with unchanged results and navigation are kept.
    public static let renderPages = BuildStep(name: "Render pages") { context in
        let theme = try Theme.load(projectDirectory: context.project.directory)
        let siteMap = SiteMap(reports: context.reports)
        let renderer = PageRenderer(components: context.options.components)
        let siteTitle = context.project.config.title
        let asOf = context.options.asOf?.description
        var diagnostics = DiagnosticCollector()
        let reusable = context.reuse.flatMap { $0.navigation == siteMap.signature ? $0 : nil }
        for page in siteMap.pages {
            if let reusable, reusable.reports[page.report.path] == page.report,
               !reusable.rerun.contains(page.report.path),
               page.report.queries.allSatisfy({ reusable.queries[QueryKey(reportPath: page.report.path, name: $0.name)] != nil }),
               let html = reusable.pages[page.outputPath], let values = reusable.pageValues[page.outputPath] {
                context.pages[page.outputPath] = html
                context.pageValues[page.outputPath] = values
                continue
            }
            var renderContext = RenderContext(report: page.report, results: context.results(for: page.report),
                                              chartLayout: context.options.chartLayout)
            let body = renderer.render(page.report.body, in: &renderContext, diagnostics: &diagnostics)
            let (heading, content) = LeadingHeading.split(body)
            let values = PageValues(
                title: page.title, heading: heading ?? page.title.xmlEscaped, siteTitle: siteTitle,
                description: page.report.frontMatter.description, root: page.root,
                navigation: siteMap.navigationHTML(current: page), content: content, asOf: asOf)
            context.pages[page.outputPath] = theme.render(values)
            context.pageValues[page.outputPath] = values
        }
        if !siteMap.hasHomePage {
            let values = PageValues(
                title: siteTitle, heading: siteTitle.xmlEscaped, siteTitle: siteTitle, description: nil, root: "",
                navigation: siteMap.navigationHTML(current: nil), content: HomePage(siteMap: siteMap).html, asOf: asOf)
            context.pages["index.html"] = theme.render(values)
            context.pageValues["index.html"] = values
        }
        try diagnostics.throwIfErrors()
        context.warnings += diagnostics.diagnostics
    }
}
