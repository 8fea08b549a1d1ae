import BICore
import Charts
import Query
import Reports
import Site

/// The one mutable state of a build, handed from step to step (Publish's `PublishingContext`).
public struct BuildContext: Sendable {
    public let project: Project
    public let options: BuildOptions
    public let sources: SourceRegistry
    public var reports: [Report] = []
    public var queries: [PlannedQuery] = []
    public var results: [QueryKey: ResultTable] = [:]
    /// Rendered pages by output path.
    public var pages: [String: String] = [:]
    /// What each page was rendered from, by output path (the preview server re-renders navigation per reader).
    public var pageValues: [String: PageValues] = [:]
    /// An earlier build of the same project whose unchanged results and pages this one reuses (`bi serve`).
    public var reuse: BuildReuse?
    /// Warnings gathered along the way (errors stop the build instead).
    public var warnings: [Diagnostic]

    public init(project: Project, options: BuildOptions) {
        self.project = project
        self.options = options
        sources = SourceRegistry(config: project.config, projectDirectory: project.directory)
        warnings = project.warnings
    }

    /// The results of one report's queries, by query name.
    public func results(for report: Report) -> [String: ResultTable] {
        var byName: [String: ResultTable] = [:]
        for query in report.queries { byName[query.name] = results[QueryKey(reportPath: report.path, name: query.name)] }
        return byName
    }
}

/// What an incremental build may take from the previous one. Results are reused for queries whose
/// planned SQL and source are unchanged, pages for reports that are unchanged (with the same results
/// and navigation). Theme and `bi.yml` changes need a build without reuse.
public struct BuildReuse: Sendable {
    public var queries: [QueryKey: PlannedQuery]
    public var results: [QueryKey: ResultTable]
    public var reports: [String: Report]
    public var pages: [String: String]
    public var pageValues: [String: PageValues]
    public var navigation: [String]
    /// Reports whose queries run again even when unchanged (`refresh:` intervals).
    public var rerun: Set<String>

    /// Takes what can be reused from a finished build.
    public init(previous: BuildContext, rerun: Set<String> = []) {
        queries = Dictionary(previous.queries.map { ($0.key, $0) }, uniquingKeysWith: { first, _ in first })
        results = previous.results
        reports = Dictionary(previous.reports.map { ($0.path, $0) }, uniquingKeysWith: { first, _ in first })
        pages = previous.pages
        pageValues = previous.pageValues
        navigation = SiteMap(reports: previous.reports).signature
        self.rerun = rerun
    }
}

/// What a build is asked to do.
public struct BuildOptions: Sendable {
    /// Where the site goes (relative to the current folder, like the `--out` flag).
    public var outputDirectory: String
    /// The day relative dates are computed from; nil means today.
    public var asOf: Day?
    public var components: SiteComponents
    public var chartLayout: ChartLayout

    public init(outputDirectory: String = "output", asOf: Day? = nil, components: SiteComponents = .standard,
                chartLayout: ChartLayout = ChartLayout()) {
        self.outputDirectory = outputDirectory
        self.asOf = asOf
        self.components = components
        self.chartLayout = chartLayout
    }
}
