import BICore
import Query

extension BuildStep {
    /// Compiles every report's query blocks into bound SQL.
    public static let planQueries = BuildStep(name: "Plan queries") { context in
        var diagnostics = DiagnosticCollector()
        let planner = QueryPlanner()
        context.queries = context.reports.flatMap { planner.plan($0, diagnostics: &diagnostics) }
        try diagnostics.throwIfErrors()
    }

    /// Runs all planned queries, in parallel where the sources allow; with ``BuildContext/reuse``,
    /// only those that changed (or whose report is due for a refresh).
    public static let runQueries = BuildStep(name: "Run queries") { context in
        let runner = QueryRunner(sources: context.sources)
        var reused: [QueryKey: ResultTable] = [:]
        let pending = context.queries.filter { query in
            guard let reuse = context.reuse, !reuse.rerun.contains(query.reportPath), reuse.queries[query.key] == query,
                  let result = reuse.results[query.key] else { return true }
            reused[query.key] = result
            return false
        }
        let (results, failures) = await runner.run(pending)
        if !failures.isEmpty { throw DiagnosticList(failures) }
        context.results = reused.merging(results) { _, fresh in fresh }
    }
}
