import BICore
import Reports
import Site
import Testing

struct TemplateBlockTests {
    func parser(partials: [String: String] = [:], queries: [String: String] = [:]) -> ReportParser {
        ReportParser(catalog: SiteComponents.standard.catalog,
                     files: IncludedFiles(partial: { partials[$0] }, query: { queries[$0] }))
    }

    func errors(_ text: String, path: String = "reports/r.md", partials: [String: String] = [:]) -> [String] {
        var diagnostics = DiagnosticCollector()
        _ = parser(partials: partials).parse(text, path: path, diagnostics: &diagnostics)
        return diagnostics.diagnostics.filter { $0.severity == .error }.map(\.description)
    }

    @Test func loopsAndBranchesNest() throws {
        let text = "```sql top\nselect 1 as a\n```\n{#each top as row}\n- {row.a}\n{#if row.a > 1}\nbig\n{:else if row.a == 1}\none\n{:else}\nsmall\n{/if}\n{/each}\n"
        let report = try parser().parse(text, path: "reports/r.md")
        guard case .each(let loop)? = report.body.first else {
            Issue.record("expected a loop, got \(report.body)")
            return
        }
        #expect(loop.query == "top")
        #expect(loop.alias == "row")
        #expect(loop.location == SourceLocation(file: "reports/r.md", line: 4, column: 1))
        guard case .conditional(let branches)? = loop.children.last else {
            Issue.record("expected a condition inside the loop")
            return
        }
        #expect(branches.branches.map(\.condition) == [
            .binary(.greater, .path(["row", "a"]), .literal(.integer(1))),
            .binary(.equal, .path(["row", "a"]), .literal(.integer(1))),
            nil,
        ])
        #expect(loop.children.first == .markdown("- {row.a}\n", SourceLocation(file: "reports/r.md", line: 5, column: 1)))
    }

    @Test func expressions() throws {
        let location = SourceLocation(file: "r.md", line: 1, column: 1)
        #expect(try Expression.parse("not top.length > 0 and params.region != 'West' or x", at: location) ==
            .binary(.or,
                    .binary(.and, .not(.binary(.greater, .path(["top", "length"]), .literal(.integer(0)))),
                            .binary(.notEqual, .path(["params", "region"]), .literal(.text("West")))),
                    .path(["x"])))
        #expect(throws: Diagnostic.self) { try Expression.parse("a >", at: location) }
    }

    @Test func partialsAreSplicedWithTheirOwnPositionsAndQueries() throws {
        let report = try parser(partials: ["kpis.md": "```sql total\nselect 1 as n\n```\n<Value data=total />\n"])
            .parse("# Page\n{@partial \"kpis.md\"}\n", path: "reports/r.md")
        #expect(report.queries.map(\.name) == ["total"])
        #expect(report.queries[0].location == SourceLocation(file: "partials/kpis.md", line: 1, column: 1))
        #expect(report.allComponents.first?.location == SourceLocation(file: "partials/kpis.md", line: 4, column: 1))
    }

    @Test func queryFilesBecomeQueries() throws {
        let report = try parser(queries: ["monthly": "select 1 as m\n"])
            .parse("---\nqueries: [monthly]\n---\n<Value data=monthly />\n", path: "reports/r.md")
        #expect(report.query(named: "monthly")?.text == "select 1 as m\n")
        #expect(report.query(named: "monthly")?.location == SourceLocation(file: "queries/monthly.sql", line: 1, column: 1))
    }

    @Test func templateMistakesSayWhere() {
        #expect(errors("{#each nowhere as row}\nx\n{/each}\n") == [
            "reports/r.md:1:8: error: no query named 'nowhere'\n  hint: define one with a ```sql nowhere block",
        ])
        #expect(errors("{#each}\n") == ["reports/r.md:1:1: error: {#each} needs a query and a name: {#each top_products as product}",
                                        "reports/r.md:1:1: error: {#each} is never closed\n  hint: add {/each} after the repeated content"])
        #expect(errors("{#if x > }\n{/if}\n") == [
            "reports/r.md:1:10: error: in expression: an expression is missing here\n  hint: expressions compare names and values: row.revenue > 1000, params.region == 'West', top.length > 0",
        ])
        #expect(errors("{/each}\n") == ["reports/r.md:1:1: error: {/each} does not close anything here\n  hint: remove it, or open the block before it"])
        #expect(errors("{#if params.region}\n{/if}\n") == [
            "reports/r.md:1:1: error: 'params.region' is not a page parameter\n  hint: only templated pages (reports/[name].md) have parameters",
        ])
        #expect(errors("{#if params.product}\n{/if}\n", path: "reports/p/[product].md").isEmpty)
        #expect(errors("{@partial \"missing.md\"}\n") == [
            "reports/r.md:1:1: error: no partial partials/missing.md\n  hint: partials are Markdown files in the project's partials/ folder",
        ])
        #expect(errors("{@partial \"a.md\"}\n", partials: ["a.md": "{@partial \"a.md\"}\n"]) == [
            "partials/a.md:1:1: error: partials/a.md includes itself\n  hint: chain: reports/r.md → partials/a.md → partials/a.md",
        ])
    }
}
