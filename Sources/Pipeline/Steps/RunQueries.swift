import BICore
import Query
import Site

extension BuildStep {
    /// Compiles every page's query blocks into bound SQL; queries that read a page input are
    /// planned per input combination later, by ``computeInputVariants``.
    public static let planQueries = BuildStep(name: "Plan queries") { context in
        var diagnostics = DiagnosticCollector()
        let planner = QueryPlanner(questions: context.questions, today: context.asOf)
        context.queries = context.siteMap.pages.flatMap { page in
            let independent = InputQueries.independent(of: page.report)
            return planner.plan(independent, page: page.outputPath, parameters: page.parameters, diagnostics: &diagnostics)
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
