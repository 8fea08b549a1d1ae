import Foundation
import Testing
import TestSupport

/// `bi build` and `bi check` on a small project with known numbers, through the real binary.
@Suite(.serialized)
struct BuildCommandTests {
    let project: TemporaryDirectory

    static let report = """
        ---
        title: Sales
        ---

        # Sales

        ```sql by_region
        select c.region, sum(o.quantity * p.price) as revenue
        from orders o join customers c on c.id = o.customer_id join products p on p.id = o.product_id
        where o.status = 'completed'
        group by c.region order by c.region
        ```

        <BarChart data=by_region x=region y=revenue title="Revenue by region" />

        South made <Value data=by_region column=revenue row=last fmt=usd />.
        """

    init() throws {
        project = try TemporaryDirectory("smartbi-e2e")
        try FixtureDatabase.create(at: project.path("shop.db"))
        try project.write("title: Test shop\nsources:\n  shop:\n    url: sqlite:shop.db\n", to: "bi.yml")
        try project.write(BuildCommandTests.report, to: "reports/sales.md")
    }

    @Test func buildWritesPagesWithTheNumbersOfTheSQL() throws {
        let outcome = try BIProcess.run(["build", "--project", project.path])
        #expect(outcome.status == 0, "\(outcome.errors)")
        #expect(project.exists("output/index.html"))
        #expect(project.exists("output/assets/bi.css"))
        let page = try project.read("output/sales.html")
        for (region, revenue) in FixtureDatabase.revenueByRegion {
            #expect(page.contains("<title>\(region): \(revenue.formatted(.number.grouping(.never)))</title>"))
        }
        #expect(page.contains("South made <span class=\"bi-value\">$152.00</span>."))
        #expect(page.contains("<h1>Sales</h1>"))
    }

    @Test func sameInputsGiveByteIdenticalOutput() throws {
        try BIProcess.run(["build", "--project", project.path, "--as-of", "2025-12-31", "--out", project.path("first")])
        try BIProcess.run(["build", "--project", project.path, "--as-of", "2025-12-31", "--out", project.path("second")])
        let first = DirectorySnapshot(project.path("first")), second = DirectorySnapshot(project.path("second"))
        #expect(first.files.count >= 4)
        #expect(first == second)
    }

    @Test func aBrokenQueryFailsWithItsPositionAndKeepsTheOldSite() throws {
        #expect(try BIProcess.run(["build", "--project", project.path]).status == 0)
        let before = DirectorySnapshot(project.path("output"))
        try project.write(BuildCommandTests.report.replacingOccurrences(of: "sum(o.quantity * p.price)", with: "sum(o.quantity * p.prize)"), to: "reports/sales.md")

        let build = try BIProcess.run(["build", "--project", project.path])
        #expect(build.status == 1)
        #expect(build.errors.hasPrefix("reports/sales.md:8:35: error: query 'by_region' failed: no such column: p.prize\n"))
        #expect(DirectorySnapshot(project.path("output")) == before)

        let check = try BIProcess.run(["check", "--project", project.path])
        #expect(check.status == 1)
        #expect(check.errors.hasPrefix("reports/sales.md:8:35: error: query 'by_region' failed: no such column: p.prize\n"))
    }

    @Test func checkWritesNothing() throws {
        let check = try BIProcess.run(["check", "--project", project.path])
        #expect(check.status == 0, "\(check.errors)")
        #expect(!project.exists("output"))
    }

    @Test(arguments: [
        ("---\ntitle: a: b\n---\n", "reports/sales.md:2:9: error: malformed YAML"),
        ("<BarChrt data=x />\n", "reports/sales.md:1:1: error: unknown component <BarChrt>\n  hint: did you mean <BarChart>?"),
        ("```sql q\nselect 1 as a\n```\n<BarChart data=qq />\n", "reports/sales.md:4:16: error: no query named 'qq'"),
        ("```sql q\nselect 1 as a, 2 as b\n```\n<BarChart data=q x=a y=c />\n", "reports/sales.md:4:24: error: query 'q' has no column 'c'"),
        ("```sql q\nselect a from nowhere\n```\n", "reports/sales.md:2:15: error: query 'q' failed: no such table: nowhere"),
        ("# Sales\n\nSee [the regions](regions.html).\n", "reports/sales.md:3:19: error: broken link to 'regions.html' on sales.html"),
    ])
    func everyUserErrorSaysWhere(_ report: String, _ expected: String) throws {
        try project.write(report, to: "reports/sales.md")
        let outcome = try BIProcess.run(["build", "--project", project.path])
        #expect(outcome.status == 1)
        #expect(outcome.errors.hasPrefix(expected), "\(outcome.errors)")
        #expect(!outcome.errors.contains("Fatal error"))
    }

    @Test func queryCommandPrintsJSON() throws {
        let outcome = try BIProcess.run(["query", "select region, count(*) as n from customers group by 1 order by 1",
                                         "--source", "shop", "--format", "json", "--project", project.path])
        #expect(outcome.status == 0, "\(outcome.errors)")
        #expect(outcome.output == #"{"sql":"select region, count(*) as n from customers group by 1 order by 1","columns":[{"name":"region","type":"text"},{"name":"n","type":"integer"}],"rows":[["North",2],["South",1]]}"# + "\n")
    }
}
