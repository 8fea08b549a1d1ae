import BICore
import Charts
import ChartsCairo
import Foundation
import Query
import Reports
import Site

/// The one mutable state of a build, handed from step to step (Publish's `PublishingContext`).
public struct BuildContext: Sendable {
    public let project: Project
    public let options: BuildOptions
    public let sources: SourceRegistry
    /// Runs every query of the build, through the result cache unless `options.useCache` is off.
    public let runner: QueryRunner
    public var reports: [Report] = []
    /// Every report file found, parsed or not (links to a report that failed are not broken links).
    public var reportFiles: [String] = []
    /// Every page to write: one per report, one per value of a templated report, and generated indexes.
    public var siteMap = SiteMap(pages: [])
    /// The SQL of every question, as compiled or reused from `bi.lock`, and the lock as it was on disk.
    public var questions = QuestionLock()
    public var questionsOnDisk: QuestionLock?
    public var queries: [PlannedQuery] = []
    public var results: [QueryKey: ResultTable] = [:]
    /// Rendered pages by output path.
    public var pages: [String: String] = [:]
    /// Each page's inputs and the results of its input-dependent queries per combination, by output path.
    public var inputs: [String: [PageInput]] = [:]
    public var variants: [String: [(selection: InputSelection, results: [String: ResultTable])]] = [:]
    /// The theme the pages were laid out with; its assets are copied to the output.
    public var theme: Theme?
    /// The pages to print, as the PDF step needs them, by output path.
    public var printable: [String: PrintablePage] = [:]
    /// How long each step took, in seconds, in step order (for `bi build --timings`).
    public var stepTimes: [(step: String, seconds: Double)] = []
    /// Other generated files (downloads, the search index) by output path.
    public var files: [String: [UInt8]] = [:]
    /// Errors and warnings gathered along the way. Steps carry on past errors where they can (so one
    /// run reports everything), but nothing is written while there are errors.
    public var diagnostics = DiagnosticCollector()
    /// Queries that failed, so the components showing them are skipped rather than failing again.
    public var failedQueries: Set<QueryKey> = []
    /// What each page was rendered from and what it produced besides its HTML, by output path (the
    /// preview server re-renders navigation per reader; an incremental build reuses unchanged pages).
    public var rendered: [String: RenderedPage] = [:]
    /// An earlier build of the same project whose unchanged results and pages this one reuses (`bi serve`).
    public var reuse: BuildReuse?

    public init(project: Project, options: BuildOptions) {
        self.project = project
        self.options = options
        sources = SourceRegistry(config: project.config, projectDirectory: options.sourceDirectory ?? project.directory)
        for warning in project.warnings { diagnostics.report(warning) }
        var cache: ResultCache?
        if options.useCache {
            do {
                cache = try ResultCache(projectDirectory: project.directory)
            } catch {
                diagnostics.report(Diagnostic(.warning, at: nil, "results are not cached: cannot write .bi/cache/ (\(error))"))
            }
        }
        runner = QueryRunner(sources: sources, cache: cache)
    }

    public var hasErrors: Bool { diagnostics.diagnostics.contains { $0.severity == .error } }
    public var warnings: [Diagnostic] { diagnostics.diagnostics.filter { $0.severity == .warning } }

    /// The day relative dates count from: `--as-of`, else today (UTC).
    public var asOf: Day { options.asOf ?? Day(dayNumber: Int(Date().timeIntervalSince1970 / 86_400)) }

    /// The results of one page's queries, by query name.
    public func results(for page: SitePage) -> [String: ResultTable] {
        var byName: [String: ResultTable] = [:]
        for query in page.report.queries { byName[query.name] = results[QueryKey(page: page.outputPath, name: query.name)] }
        return byName
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
    /// Compile every question again instead of reusing `bi.lock` (`--refresh-questions`).
    public var refreshQuestions = false
    /// Replaces the project's question compiler (the built-in engine, and its LLM if configured).
    public var questionCompiler: (any QuestionCompiler)?

    /// `build` runs every query of every page; `check` validates the same things cheaply: one page
    /// per templated report, queries prepared but not read (except those that list values or
    /// input options), every branch and loop rendered once.
    public var mode: Mode = .build

    public enum Mode: Sendable { case build, check }

    /// Where relative paths of file sources start, when not the project folder (`bi diff` builds an
    /// old checkout against the data files of the working copy).
    public var sourceDirectory: String?
    /// `--pdf`: a PDF next to every report page (templated reports only with `pdf: true`).
    public var pdf = false
    /// `--pdf-bundle FOLDER`: one PDF of every report in a folder of `reports/` (`.` for all).
    public var pdfBundles: [String] = []
    /// Whether query results may come from, and go to, the result cache in `.bi/cache/` (`--no-cache` turns it off).
    public var useCache = true

    public init(outputDirectory: String = "output", asOf: Day? = nil, components: SiteComponents = .standard,
                chartLayout: ChartLayout = ChartLayout(measurer: PangoMeasurer()), sourceDirectory: String? = nil) {
        self.outputDirectory = outputDirectory
        self.asOf = asOf
        self.sourceDirectory = sourceDirectory
        self.components = components
        self.chartLayout = chartLayout
    }
}

/// A page as the PDF writer needs it: its texts, its article HTML and its charts.
public struct PrintablePage: Sendable {
    public var page: SitePage
    public var html: String
    public var figures: [String: @Sendable (Double) -> Scene?]
}
