import BICore
import Reports

/// The generated home page of a project without `reports/index.md`: a card per report.
public struct HomePage {
    public let siteMap: SiteMap

    public init(siteMap: SiteMap) { self.siteMap = siteMap }

    public var html: String {
        var html = "<ul class=\"cards\">\n"
        for page in siteMap.pages {
            html += "<li><a class=\"card\" href=\"\(page.outputPath.xmlEscaped)\"><strong>\(page.title.xmlEscaped)</strong>"
            if let description = page.report.frontMatter.description { html += "<span>\(description.xmlEscaped)</span>" }
            html += "</a></li>\n"
        }
        return html + "</ul>"
    }
}
