import BICore
import Query
import Reports
import Site

/// What rendering one page produced besides its HTML, kept so the preview server can re-render the
/// navigation per reader and an incremental build can reuse the page.
public struct RenderedPage: Sendable {
    public var values: PageValues
    /// Files the page's components generated (downloads), by output path.
    public var files: [String: [UInt8]]
    /// The page's search-index entry; nil for the generated home page.
    public var search: SearchIndex.Entry?
}

/// What an incremental build (`bi serve`) may take from the previous one. A result is reused while its
/// query's source and bound SQL are unchanged, a page while its report, its results and the navigation
/// are. Theme and `bi.yml` changes need a build without reuse; so do PDFs.
public struct BuildReuse: Sendable {
    private var queries: [QueryKey: PlannedQuery]
    private var results: [QueryKey: ResultTable]
    private var reports: [String: Report]
    private var pages: [String: String]
    private var rendered: [String: RenderedPage]
    private var navigation: [String]
    /// Reports whose queries run again even when unchanged (`refresh:` intervals).
    public private(set) var rerun: Set<String>
    /// Pages with a query that ran again in this build, so their pages are rendered again.
    var stalePages: Set<String> = []

    /// Takes what can be reused from a finished build.
    public init(previous: BuildContext, rerun: Set<String> = []) {
        queries = Dictionary(previous.queries.map { ($0.key, $0) }, uniquingKeysWith: { first, _ in first })
        results = previous.results
        reports = Dictionary(previous.siteMap.pages.map { ($0.outputPath, $0.report) }, uniquingKeysWith: { first, _ in first })
        pages = previous.pages
        rendered = previous.rendered
        navigation = previous.siteMap.signature
        self.rerun = rerun
    }

    /// The previous result of `query`, when it may stand for this build's.
    func result(for query: PlannedQuery, reportPath: String) -> ResultTable? {
        guard !rerun.contains(reportPath), queries[query.key] == query else { return nil }
        return results[query.key]
    }

    /// Whether the previous build had the same navigation, which every page shows.
    func hasNavigation(of siteMap: SiteMap) -> Bool { navigation == siteMap.signature }

    /// The previous HTML and rendering of `page`, when its report and results are unchanged (check
    /// ``hasNavigation(of:)`` first).
    func page(_ page: SitePage) -> (html: String, rendered: RenderedPage)? {
        guard reports[page.outputPath] == page.report, !stalePages.contains(page.outputPath),
              let html = pages[page.outputPath], let rendered = rendered[page.outputPath] else { return nil }
        return (html, rendered)
    }
}
