import BICore
import Reports
import Site
import Testing

struct ReportParserTests {
    let parser = ReportParser(catalog: SiteComponents.standard.catalog)

    @Test func frontMatterQueriesAndComponentsKeepTheirPositions() throws {
        let text = """
            ---
            title: Monthly sales
            source: warehouse
            ---

            # Sales

            ```sql monthly
            select month, revenue
            from sales
            ```

            <LineChart data=monthly x=month y=revenue title="Revenue by month" />
            Revenue was <Value data=monthly column=revenue row=last fmt=usd />.
            """
        let report = try parser.parse(text, path: "reports/sales.md")
        #expect(report.frontMatter.title == "Monthly sales")
        #expect(report.frontMatter.source == "warehouse")
        #expect(report.queries.count == 1)
        let query = try #require(report.queries.first)
        #expect(query.name == "monthly")
        #expect(query.kind == .sql)
        #expect(query.text == "select month, revenue\nfrom sales\n")
        #expect(query.location == SourceLocation(file: "reports/sales.md", line: 8, column: 1))
        #expect(query.textLocation == SourceLocation(file: "reports/sales.md", line: 9, column: 1))

        let components = report.allComponents
        #expect(components.map(\.name) == ["LineChart", "Value"])
        #expect(components[0].isBlock)
        #expect(components[0].location == SourceLocation(file: "reports/sales.md", line: 13, column: 1))
        #expect(components[0]["title"] == "Revenue by month")
        #expect(components[0].attribute("y")?.valueLocation == SourceLocation(file: "reports/sales.md", line: 13, column: 35))
        #expect(!components[1].isBlock)
        #expect(components[1].location == SourceLocation(file: "reports/sales.md", line: 14, column: 13))
    }

    @Test func queryErrorOffsetsMapToFilePositions() throws {
        let report = try parser.parse("```sql q\nselect 1,\n  2 from t\n```\n", path: "r.md")
        let query = try #require(report.queries.first)
        #expect(query.location(ofOffset: 0) == SourceLocation(file: "r.md", line: 2, column: 1))
        #expect(query.location(ofOffset: 12) == SourceLocation(file: "r.md", line: 3, column: 3))
    }

    @Test func tagsInsideCodeAreText() throws {
        let text = "Use `<BarChart data=x />` like this:\n\n```markdown\n<NotAComponent />\n```\n"
        let report = try parser.parse(text, path: "r.md")
        #expect(report.allComponents.isEmpty)
        #expect(report.queries.isEmpty)
    }

    @Test func attributeValueForms() throws {
        let report = try parser.parse("```sql q\nselect 1 as a\n```\n<DataTable data=q title='Single quoted' columns={a} />\n", path: "r.md")
        let table = try #require(report.allComponents.first)
        #expect(table["title"] == "Single quoted")
        #expect(table["columns"] == "a")
    }

    @Test func tagsMaySpanLines() throws {
        let report = try parser.parse("```sql q\nselect 1 as a\n```\n<BarChart\n  data=q\n  x=a\n/>\nafter\n", path: "r.md")
        let chart = try #require(report.allComponents.first)
        #expect(chart.attribute("x")?.location == SourceLocation(file: "r.md", line: 6, column: 3))
        #expect(chart.isBlock)
    }

    @Test func plainSQLCodeBlocksAreNotQueries() throws {
        let report = try parser.parse("```sql\nselect 1\n```\n", path: "r.md")
        #expect(report.queries.isEmpty)
        guard case .markdown(let text, _)? = report.body.first else {
            Issue.record("expected the code block to stay in the Markdown")
            return
        }
        #expect(text.contains("select 1"))
    }
}
