import BICore
import Reports
import Site
import Testing

struct SiteMapTests {
    func report(_ path: String, title: String? = nil, order: Int? = nil) -> Report {
        Report(path: path, frontMatter: FrontMatter(title: title, order: order), queries: [], body: [])
    }

    @Test func outputPathsAndRootsFollowTheFolderTree() {
        let page = SitePage(report: report("reports/finance/budget_2025.md"))
        #expect(page.outputPath == "finance/budget_2025.html")
        #expect(page.root == "../")
        #expect(page.title == "Budget 2025")
    }

    @Test func navigationGroupsFoldersAndMarksTheCurrentPage() {
        let siteMap = SiteMap(pages: [report("reports/zeta.md", title: "Zeta"), report("reports/alpha.md", title: "Alpha", order: 9),
                                        report("reports/finance/index.md", title: "Finance"), report("reports/finance/costs.md", title: "Costs")].map(SitePage.init))
        let current = siteMap.pages.first { $0.outputPath == "finance/costs.html" }!
        #expect(siteMap.navigationHTML(current: current) == """
            <ul>
            <li><a href="../index.html">Home</a></li>
            <li><a href="../alpha.html">Alpha</a></li>
            <li><a href="../zeta.html">Zeta</a></li>
            <li class="nav-group"><span>Finance</span><ul>
            <li><a href="../finance/index.html">Overview</a></li>
            <li><a href="../finance/costs.html" aria-current="page">Costs</a></li>
            </ul></li>
            </ul>
            """)
    }
}
