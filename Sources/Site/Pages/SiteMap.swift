import BICore
import Reports

/// All pages of a site and the navigation tree built from the `reports/` folder structure.
public struct SiteMap: Sendable {
    public private(set) var pages: [SitePage]
    /// The sidebar, computed once: pages of templated reports are reached from their index, not listed.
    private let navigation: [NavigationEntry]
    /// Templated pages by report path and value, for drill-down links.
    private let templatePages: [String: [Value: Int]]

    indirect enum NavigationEntry: Sendable {
        case page(title: String, path: String)
        case group(label: String, index: (title: String, path: String)?, children: [NavigationEntry])
    }

    public init(pages: [SitePage]) {
        self.pages = pages.sorted(by: SiteMap.navigationOrder)
        var templatePages: [String: [Value: Int]] = [:]
        for (index, page) in self.pages.enumerated() where page.isTemplateInstance {
            templatePages[page.report.path, default: [:]][page.parameters.values.first!] = index
        }
        self.templatePages = templatePages
        let listed = self.pages.filter { !$0.isTemplateInstance && $0.outputPath != "index.html" }.map { ($0, $0.folders) }
        navigation = SiteMap.entries(in: [], from: listed)
    }

    /// The page of a templated report for one value.
    public func page(template reportPath: String, value: Value) -> SitePage? {
        templatePages[reportPath]?[value].map { pages[$0] }
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
        html += render(navigation, root: root, current: current?.outputPath)
        return html + "</ul>"
    }

    private func render(_ entries: [NavigationEntry], root: String, current: String?) -> String {
        var html = ""
        for entry in entries {
            switch entry {
            case .page(let title, let path):
                html += item(title: title, href: root + path, isCurrent: path == current)
            case .group(let label, let index, let children):
                html += "<li class=\"nav-group\"><span>\(label.xmlEscaped)</span><ul>\n"
                if let index { html += item(title: "Overview", href: root + index.path, isCurrent: index.path == current) }
                html += render(children, root: root, current: current)
                html += "</ul></li>\n"
            }
        }
        return html
    }

    /// The entries of one folder: its pages, then its subfolders as groups.
    private static func entries(in folder: [String], from pages: [(page: SitePage, folders: [String])]) -> [NavigationEntry] {
        var entries: [NavigationEntry] = []
        for (page, folders) in pages where folders == folder && !(folders.count > 0 && page.outputPath.hasSuffix("/index.html")) {
            entries.append(.page(title: page.title, path: page.outputPath))
        }
        let subfolders = Set(pages.compactMap { $0.folders.count > folder.count && Array($0.folders.prefix(folder.count)) == folder
            ? $0.folders[folder.count] : nil }).sorted()
        for name in subfolders {
            let path = folder + [name]
            let index = pages.first { $0.folders == path && $0.page.outputPath.hasSuffix("/index.html") }?.page
            entries.append(.group(label: index?.title ?? SitePage.humanize(name), index: index.map { ($0.title, $0.outputPath) },
                                  children: SiteMap.entries(in: path, from: pages)))
        }
        return entries
    }

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
