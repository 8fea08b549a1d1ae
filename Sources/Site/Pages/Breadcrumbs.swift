import BICore

extension SiteMap {
    /// "Home › Products › Nova Phone" for pages inside folders; empty for top-level pages.
    public func breadcrumbsHTML(for page: SitePage) -> String {
        guard !page.folders.isEmpty else { return "" }
        var html = "<nav class=\"breadcrumbs\" aria-label=\"Breadcrumb\"><ol><li><a href=\"\(page.root)index.html\">Home</a></li>"
        for depth in 1...page.folders.count {
            let folder = Array(page.folders.prefix(depth))
            let index = pages.first { $0.folders == folder && $0.outputPath.hasSuffix("/index.html") }
            guard index?.outputPath != page.outputPath else { break }
            let label = (index?.title ?? SitePage.humanize(folder.last!)).xmlEscaped
            html += index.map { "<li><a href=\"\(page.link(to: $0))\">\(label)</a></li>" } ?? "<li>\(label)</li>"
        }
        return html + "<li aria-current=\"page\">\(page.title.xmlEscaped)</li></ol></nav>"
    }
}
