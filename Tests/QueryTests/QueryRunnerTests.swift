import BICore
import Connectors
import Query
import Reports
import Testing
import TestSupport

/// Planning and running report queries on a real SQLite file: references between queries,
/// errors placed in the report, limits from bi.yml and the result cache.
struct QueryRunnerTests {
    let project: TemporaryDirectory
    let config: ProjectConfig

    init() throws {
        project = try TemporaryDirectory("smartbi-query")
        try FixtureDatabase.create(at: project.path("shop.db"))
        var config = ProjectConfig(title: "T", defaultSource: "shop",
                                   sources: [SourceConfig(name: "shop", url: "sqlite:shop.db", location: SourceLocation(file: "bi.yml", line: 3, column: 3))])
        config.sources[0].options.limits = LimitSettings(rows: 2)
        self.config = config
    }

    func plan(_ markdown: String, parameters: [String: Value] = [:]) throws -> [PlannedQuery] {
        var diagnostics = DiagnosticCollector()
        let report = try #require(ReportParser(catalog: ComponentCatalog([])).parse(markdown, path: "reports/r.md", diagnostics: &diagnostics))
        let planned = QueryPlanner().plan(report, page: "r.html", parameters: parameters, diagnostics: &diagnostics)
        try diagnostics.throwIfErrors()
        return planned
    }

    @Test func aQueryReadsAnEarlierQueryByName() async throws {
        let queries = try plan("""
            ```sql monthly
            select substr(order_date, 1, 7) as month, sum(quantity) as units from orders group by 1
            ```

            ```sql best
            select month from monthly where units > :min order by units desc
            ```
            """, parameters: ["min": .integer(5)])
        #expect(queries[1].sql.text == "WITH monthly AS (\nselect substr(order_date, 1, 7) as month, sum(quantity) as units from orders group by 1\n\n)\nselect month from monthly where units > ? order by units desc\n")
        let runner = QueryRunner(sources: SourceRegistry(config: config, projectDirectory: project.path))
        #expect(try runner.run(queries[1]).get().values(ofColumn: 0) == [.text("2025-02")])
    }

    @Test func aQueryNamedLikeTheTableItReadsLeavesTheNameToTheTable() throws {
        let queries = try plan("""
            ```sql products
            select name from products
            ```

            ```sql priced
            select name, price from products where price > 20
            ```
            """)
        #expect(queries[1].sql.text == "select name, price from products where price > 20\n")
    }

    @Test func databaseErrorsPointAtTheReportText() throws {
        let queries = try plan("# Title\n\n```sql q\nselect name\nfrom products where price > :min and nme = 1\n```\n", parameters: ["min": .integer(1)])
        let runner = QueryRunner(sources: SourceRegistry(config: config, projectDirectory: project.path))
        let failure = #expect(throws: Diagnostic.self) { try runner.run(queries[0]).get() }
        #expect(failure?.description == "reports/r.md:5:38: error: query 'q' failed: no such column: nme")
        let table = try plan("```sql t\nselect * from prodcts\n```\n")
        #expect(#expect(throws: Diagnostic.self) { try runner.run(table[0]).get() }?.description
                == "reports/r.md:2:15: error: query 't' failed: no such table: prodcts\n  hint: did you mean 'products'?")
    }

    @Test func theRowLimitComesFromTheSource() throws {
        let queries = try plan("```sql all\nselect * from orders\n```\n")
        let runner = QueryRunner(sources: SourceRegistry(config: config, projectDirectory: project.path))
        #expect(#expect(throws: Diagnostic.self) { try runner.run(queries[0]).get() }?.message == "query 'all' failed: the query returned more than 2 rows")
    }

    @Test func unchangedQueriesComeFromTheCacheUntilTheDataChanges() async throws {
        let queries = try plan("```sql n\nselect count(*) as n from orders\n```\n")
        let sources = SourceRegistry(config: config, projectDirectory: project.path)
        let first = QueryRunner(sources: sources, cache: try ResultCache(projectDirectory: project.path))
        #expect(try first.run(queries[0]).get()[0, 0] == .integer(6))
        #expect(first.counts == (0, 1))
        let second = QueryRunner(sources: SourceRegistry(config: config, projectDirectory: project.path), cache: try ResultCache(projectDirectory: project.path))
        #expect(try second.run(queries[0]).get()[0, 0] == .integer(6))
        #expect(second.counts == (1, 0))
        let writer = try SQLiteDatabase(path: project.path("shop.db"), mode: .readWrite)
        try writer.execute("DELETE FROM orders WHERE id = 6")
        let third = QueryRunner(sources: SourceRegistry(config: config, projectDirectory: project.path), cache: try ResultCache(projectDirectory: project.path))
        #expect(try third.run(queries[0]).get()[0, 0] == .integer(5))
        #expect(third.counts == (0, 1))
    }
}
