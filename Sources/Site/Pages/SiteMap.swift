import BICore
import Reports

/// All pages of a site and the navigation tree built from the `reports/` folder structure.
public struct SiteMap: Sendable {
    public private(set) var pages: [SitePage]

    public init(reports: [Report]) {
        pages = reports.map(SitePage.init).sorted(by: SiteMap.navigationOrder)
    }

    /// What the navigation depends on, one line per page: when it is unchanged, so is every sidebar.
    public var signature: [String] { pages.map { "\($0.outputPath)|\($0.title)|\($0.report.frontMatter.order.map(String.init) ?? "")" } }

    /// Whether the project has its own home page (`reports/index.md`).
    public var hasHomePage: Bool { pages.contains { $0.outputPath == "index.html" } }

    /// The sidebar as nested lists, the current page marked with `aria-current`.
    public func navigationHTML(current: SitePage?) -> String {
        let root = current?.root ?? ""
        var html = "<ul>\n"
        html += item(title: "Home", href: root + "index.html", isCurrent: current == nil || current?.outputPath == "index.html")
        html += list(folder: [], root: root, current: current)
        return html + "</ul>"
    }

    private func list(folder: [String], root: String, current: SitePage?) -> String {
        var html = ""
        for page in pages where page.folders == folder && page.outputPath != "index.html" && !isFolderIndex(page) {
            html += item(title: page.title, href: root + page.outputPath, isCurrent: page.outputPath == current?.outputPath)
        }
        let subfolders = Set(pages.compactMap { $0.folders.count > folder.count && Array($0.folders.prefix(folder.count)) == folder
            ? $0.folders[folder.count] : nil }).sorted()
        for name in subfolders {
            let path = folder + [name]
            let index = pages.first { $0.folders == path && isFolderIndex($0) }
            let label = index?.title ?? SitePage.humanize(name)
            html += "<li class=\"nav-group\"><span>\(label.xmlEscaped)</span><ul>\n"
            if let index { html += item(title: "Overview", href: root + index.outputPath, isCurrent: index.outputPath == current?.outputPath) }
            html += list(folder: path, root: root, current: current)
            html += "</ul></li>\n"
        }
        return html
    }

    private func isFolderIndex(_ page: SitePage) -> Bool { !page.folders.isEmpty && page.outputPath.hasSuffix("/index.html") }

    private func item(title: String, href: String, isCurrent: Bool) -> String {
        "<li><a href=\"\(href.xmlEscaped)\"\(isCurrent ? " aria-current=\"page\"" : "")>\(title.xmlEscaped)</a></li>\n"
    }

    /// Front matter `order` first, then title; a folder's index page first among its siblings.
    static func navigationOrder(_ a: SitePage, _ b: SitePage) -> Bool {
        let keyA = (a.report.frontMatter.order ?? Int.max, a.title.lowercased(), a.outputPath)
        let keyB = (b.report.frontMatter.order ?? Int.max, b.title.lowercased(), b.outputPath)
        return keyA < keyB
    }
}
