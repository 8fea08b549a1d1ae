import Foundation
import Testing
import TestSupport

/// `bi diff` on a temporary git repository: a filter change shows up as changed numbers, a prose
/// change as no data change.
@Suite(.serialized)
struct DiffCommandTests {
    let repository: TemporaryDirectory

    static let report = """
        # Sales

        Revenue by region.

        ```sql by_region
        select c.region, sum(o.quantity * p.price) as revenue, count(*) as orders
        from orders o join customers c on c.id = o.customer_id join products p on p.id = o.product_id
        where o.status = 'completed'
        group by c.region order by c.region
        ```

        <DataTable data=by_region />
        """

    init() throws {
        repository = try TemporaryDirectory("smartbi-diff")
        try FixtureDatabase.create(at: repository.path("shop.db"))
        try repository.write("title: Shop\nsources:\n  shop:\n    url: sqlite:shop.db\n", to: "bi.yml")
        try repository.write("shop.db\noutput/\n", to: ".gitignore")
        try repository.write(DiffCommandTests.report, to: "reports/sales.md")
        try git("init", "-q", "-b", "main")
        try commit("first")
        try repository.write(DiffCommandTests.report.replacingOccurrences(of: "where o.status = 'completed'", with: "where o.status <> 'returned'"),
                             to: "reports/sales.md")
        try commit("count cancelled orders too")
        try repository.write(try repository.read("reports/sales.md").replacingOccurrences(of: "Revenue by region.", with: "Net revenue, by region."),
                             to: "reports/sales.md")
        try commit("prose only")
    }

    func git(_ arguments: String...) throws {
        #expect(try BIProcess.git(arguments, in: repository.path).status == 0)
    }

    func commit(_ message: String) throws {
        try git("add", "-A")
        try git("commit", "-q", "-m", message)
    }

    @Test func aFilterChangeShowsTheChangedNumbers() throws {
        let outcome = try BIProcess.run(["diff", "HEAD~2", "HEAD~1", "--project", repository.path])
        #expect(outcome.status == 0, "\(outcome.errors)")
        let text = outcome.output.split(separator: "\n", maxSplits: 1)[1]
        #expect(text == """

            reports/sales.md
              sales.html
                query by_region: SQL changed
                      select c.region, sum(o.quantity * p.price) as revenue, count(*) as orders
                      from orders o join customers c on c.id = o.customer_id join products p on p.id = o.product_id
                    - where o.status = 'completed'
                    + where o.status <> 'returned'
                      group by c.region order by c.region
                query by_region: 2 → 2 rows, 2 values changed
                  total revenue: 217.5 → 268.5 (+23.4%)
                  total orders: 5 → 6 (+20%)
                  North revenue: 65.5 → 116.5 (+77.9%)
                  North orders: 3 → 4 (+33.3%)


            """)
    }

    @Test func aProseChangeIsNoDataChange() throws {
        let outcome = try BIProcess.run(["diff", "HEAD~1", "HEAD", "--project", repository.path])
        #expect(outcome.status == 0, "\(outcome.errors)")
        #expect(outcome.output.hasSuffix("No SQL, numbers or pages changed.\n"))
    }

    @Test func markdownForPullRequests() throws {
        let outcome = try BIProcess.run(["diff", "HEAD~2", "--project", repository.path, "--format", "markdown"])
        #expect(outcome.output.hasPrefix("## Data changes: `HEAD~2 ("))
        #expect(outcome.output.contains("### `reports/sales.md`\n\n- `sales.html`\n  - query `by_region`: SQL changed\n\n    ```diff\n"))
        #expect(outcome.output.contains("    - total `revenue`: 217.5 → 268.5 (+23.4%)\n"))
        // The working copy was left alone.
        #expect(try repository.read("reports/sales.md").contains("Net revenue, by region."))
    }
}
