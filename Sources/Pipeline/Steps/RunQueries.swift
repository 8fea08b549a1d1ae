import BICore
import Query
import Site

extension BuildStep {
    /// Compiles every report's query blocks into bound SQL.
    public static let planQueries = BuildStep(name: "Plan queries") { context in
        var diagnostics = DiagnosticCollector()
        let planner = QueryPlanner()
        context.queries = context.siteMap.pages.flatMap {
            planner.plan($0.report, page: $0.outputPath, parameters: $0.parameters, diagnostics: &diagnostics)
        }
        try diagnostics.throwIfErrors()
    }

    /// Runs all planned queries, in parallel where the sources allow.
    public static let runQueries = BuildStep(name: "Run queries") { context in
        let runner = QueryRunner(sources: context.sources)
        let (results, failures) = await runner.run(context.queries)
        if !failures.isEmpty { throw DiagnosticList(failures) }
        context.results = results
    }
}
