import BICore
import Pipeline
import Query
import Reports
import Site

/// The data of one build of a project: for every page, each query's SQL and result.
public struct RevisionSnapshot: Sendable {
    public struct Page: Sendable {
        public var report: String
        public var title: String
        /// By query name.
        public var queries: [String: Query]
    }

    public struct Query: Sendable {
        public var sql: String
        public var result: ResultTable?
    }

    /// By output path.
    public var pages: [String: Page]

    /// Collects the pages, SQL and results of a build context that has run its queries.
    public init(_ context: BuildContext) {
        var pages: [String: Page] = [:]
        for page in context.siteMap.pages {
            var queries: [String: Query] = [:]
            for block in page.report.queries {
                queries[block.name] = Query(sql: block.text, result: context.results[QueryKey(page: page.outputPath, name: block.name)])
            }
            pages[page.outputPath] = Page(report: page.report.path, title: page.title, queries: queries)
        }
        self.pages = pages
    }

    /// The steps of a build up to its query results: nothing is written.
    public static let pipeline = BuildPipeline(steps: [.prepareDemoData, .parseReports, .listPages, .planQueries, .runQueries])
}
