import BICore
import Reports
import Site
import Testing

/// Every mistake an author can make in a report file, with its exact message and position.
struct ReportErrorTests {
    let parser = ReportParser(catalog: SiteComponents.standard.catalog)

    func errors(_ text: String) -> [String] {
        var diagnostics = DiagnosticCollector()
        _ = parser.parse(text, path: "reports/r.md", diagnostics: &diagnostics)
        return diagnostics.diagnostics.filter { $0.severity == .error }.map(\.description)
    }

    @Test func malformedFrontMatter() {
        #expect(errors("---\ntitle: a: b\n---\n") == [
            "reports/r.md:2:9: error: malformed YAML: mapping values are not allowed in this context\n  hint: check indentation and quoting; a value containing ': ' needs quotes",
        ])
    }

    @Test func frontMatterOfTheWrongType() {
        #expect(errors("---\ntitle: [a, b]\n---\n") == ["reports/r.md:2:8: error: 'title' must be text"])
    }

    @Test func unclosedFrontMatter() {
        #expect(errors("---\ntitle: x\n") == ["reports/r.md:1:1: error: the front matter is never closed\n  hint: end it with a line of three dashes: ---"])
    }

    @Test func unknownComponentSuggestsTheClosestName() {
        #expect(errors("# Sales\n\n<BarChrt data=monthly />\n") == [
            "reports/r.md:3:1: error: unknown component <BarChrt>\n  hint: did you mean <BarChart>?",
        ])
    }

    @Test func unknownAttribute() {
        #expect(errors("```sql q\nselect 1\n```\n<BarChart data=q titel=\"x\" />\n") == [
            "reports/r.md:4:18: error: <BarChart> has no attribute 'titel'\n  hint: did you mean 'title'?",
        ])
    }

    @Test func missingRequiredAttribute() {
        #expect(errors("<DataTable title=x />\n") == ["reports/r.md:1:1: error: <DataTable> needs a 'data' attribute"])
    }

    @Test func unknownQueryName() {
        #expect(errors("```sql monthly\nselect 1\n```\n\n<LineChart data=montly />\n") == [
            "reports/r.md:5:17: error: no query named 'montly'\n  hint: did you mean 'monthly'?",
        ])
    }

    @Test func invalidChoice() {
        #expect(errors("```sql q\nselect 1\n```\n<Value data=q fmt=dollars />\n") == [
            "reports/r.md:4:19: error: 'dollars' is not a valid 'fmt' for <Value>\n  hint: choose one of: auto, usd, pct, int, num0, num1, num2, num3, num4",
        ])
    }

    @Test func unfinishedTag() {
        #expect(errors("<BarChart data=q\n") == [
            "reports/r.md:1:1: error: <BarChart> is not finished\n  hint: end the tag with '/>' (or '>' for a container)",
        ])
    }

    @Test func unclosedQuote() {
        #expect(errors("<BarChart title=\"never ends />\n") == ["reports/r.md:1:18: error: the value of 'title' in <BarChart> has no closing \""])
    }

    @Test func containerNeverClosed() {
        #expect(errors("```sql q\nselect 1\n```\n<DataTable data=q>\ntext\n") == [
            "reports/r.md:4:1: error: <DataTable> is never closed\n  hint: add </DataTable>, or end the tag with '/>' if it has no content",
        ])
        #expect(errors("```sql q\nselect 1\n```\n<DataTable data=q>\ntext\n</DataTable>\n") == [
            "reports/r.md:4:1: error: <DataTable> takes no content\n  hint: end the tag with '/>' and put the text outside it",
        ])
    }

    @Test func duplicateQueryName() {
        #expect(errors("```sql q\nselect 1\n```\n\n```sql q\nselect 2\n```\n") == [
            "reports/r.md:5:1: error: a query named 'q' is already defined at line 1\n  hint: give each query of a report its own name",
        ])
    }

    @Test func unclosedQueryBlock() {
        #expect(errors("```sql q\nselect 1\n") == ["reports/r.md:1:1: error: the ```sql q block is never closed\n  hint: end it with a line of ```"])
    }

    @Test func invalidQueryName() {
        #expect(errors("```sql monthly-sales\nselect 1\n```\n") == [
            "reports/r.md:1:1: error: 'monthly-sales' is not a valid query name\n  hint: use letters, digits and _, starting with a letter: ```sql monthly_sales",
        ])
    }

    @Test func severalErrorsAreReportedTogether() {
        #expect(errors("<Foo />\n<Bar />\n").count == 2)
    }

    @Test func unknownFrontMatterKeyIsAWarning() throws {
        var diagnostics = DiagnosticCollector()
        let report = parser.parse("---\ntitel: x\n---\n", path: "reports/r.md", diagnostics: &diagnostics)
        #expect(report != nil)
        #expect(diagnostics.diagnostics.map(\.description) == [
            "reports/r.md:2:1: warning: unknown front matter key 'titel' is ignored\n  hint: did you mean 'title'?",
        ])
    }
}
