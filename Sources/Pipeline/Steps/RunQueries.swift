import BICore
import Query
import Reports
import Site

extension BuildStep {
    /// Compiles every page's query blocks into bound SQL; queries that read a page input are
    /// planned per input combination later, by ``computeInputVariants``.
    public static let planQueries = BuildStep(name: "Plan queries") { context in
        let planner = QueryPlanner(questions: context.questions, today: context.asOf)
        context.queries = context.siteMap.pages.flatMap { page in
            let independent = InputQueries.independent(of: page.report)
            var queries = planner.plan(independent, page: page.outputPath, parameters: page.parameters, diagnostics: &context.diagnostics)
            if context.options.mode == .check {
                let needed = RowsNeeded.queries(of: page.report)
                for index in queries.indices where !needed.contains(queries[index].block.name) { queries[index].describeOnly = true }
            }
            return queries
        }
    }

    /// Runs all planned queries, in parallel where the sources allow (or, for `bi check`, prepares them).
    public static let runQueries = BuildStep(name: "Run queries") { context in
        let runner = context.runner
        let (results, failures) = await runner.run(context.queries)
        context.diagnostics.report(DiagnosticList(failures))
        context.results = results
        context.failedQueries = Set(context.queries.map(\.key).filter { results[$0] == nil })
    }
}
