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

    /// Runs all planned queries, in parallel where the sources allow (or, for `bi check`, prepares them);
    /// with ``BuildContext/reuse``, only those that changed (or whose report is due for a refresh).
    public static let runQueries = BuildStep(name: "Run queries") { context in
        var reused: [QueryKey: ResultTable] = [:]
        var pending: [PlannedQuery] = []
        let reports = Dictionary(context.siteMap.pages.map { ($0.outputPath, $0.report.path) }, uniquingKeysWith: { first, _ in first })
        for query in context.queries {
            if let result = context.reuse?.result(for: query, reportPath: reports[query.page] ?? "") {
                reused[query.key] = result
            } else {
                pending.append(query)
            }
        }
        context.reuse?.stalePages = Set(pending.map(\.page))
        let (results, failures) = await context.runner.run(pending)
        context.diagnostics.report(DiagnosticList(failures))
        context.results = reused.merging(results) { _, fresh in fresh }
        context.failedQueries = Set(pending.map(\.key).filter { results[$0] == nil })
    }
}
