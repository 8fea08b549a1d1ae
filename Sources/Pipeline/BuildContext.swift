import BICore
import Charts
import Foundation
import Query
import Reports
import Site

/// The one mutable state of a build, handed from step to step (Publish's `PublishingContext`).
public struct BuildContext: Sendable {
    public let project: Project
    public let options: BuildOptions
    public let sources: SourceRegistry
    public var reports: [Report] = []
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
    /// Other generated files (downloads, the search index) by output path.
    public var files: [String: [UInt8]] = [:]
    /// Warnings gathered along the way (errors stop the build instead).
    public var warnings: [Diagnostic]

    public init(project: Project, options: BuildOptions) {
        self.project = project
        self.options = options
        sources = SourceRegistry(config: project.config, projectDirectory: project.directory)
        warnings = project.warnings
    }

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
    public var refreshQuestions: Bool
    /// Replaces the project's question compiler (the built-in engine, and its LLM if configured).
    public var questionCompiler: (any QuestionCompiler)?

    public init(outputDirectory: String = "output", asOf: Day? = nil, components: SiteComponents = .standard,
                chartLayout: ChartLayout = ChartLayout(), refreshQuestions: Bool = false, questionCompiler: (any QuestionCompiler)? = nil) {
        self.outputDirectory = outputDirectory
        self.asOf = asOf
        self.components = components
        self.chartLayout = chartLayout
        self.refreshQuestions = refreshQuestions
        self.questionCompiler = questionCompiler
    }
}
