import Foundation
import Testing
import TestSupport

/// Reports with ```ask blocks: compiled at build time, pinned in bi.lock, reused until they change.
@Suite(.serialized)
struct QuestionBuildTests {
    let project: TemporaryDirectory

    static func report(_ question: String) -> String {
        "# Sales\n\n```ask by_region\n\(question)\n```\n\nSouth made <Value data=by_region column=revenue row=0 fmt=usd />.\n"
    }

    init() throws {
        project = try TemporaryDirectory("smartbi-questions")
        try FixtureDatabase.create(at: project.path("shop.db"))
        try project.write("title: Shop\nsources:\n  shop:\n    url: sqlite:shop.db\n", to: "bi.yml")
        try project.write(Self.report("revenue by region for completed orders"), to: "reports/sales.md")
    }

    func build(_ extra: [String] = []) throws -> BIProcess.Outcome {
        try BIProcess.run(["build", "--project", project.path, "--as-of", "2025-12-31"] + extra)
    }

    @Test func theBuildAnswersTheQuestionAndPinsItsSQL() throws {
        let outcome = try build()
        #expect(outcome.status == 0, "\(outcome.errors)")
        #expect(try project.read("output/sales.html").contains("South made <span class=\"bi-value\">$152.00</span>."))
        let lock = try project.read("bi.lock")
        #expect(lock.contains("""
              "reports/sales.md#by_region":
                question: "revenue by region for completed orders"
                source: "shop"
                engine: "smartbi-nlq/1"
            """))
        #expect(lock.contains("""
                chart: bar
                sql: |-
                  SELECT c.region AS region, SUM(o.quantity * p.price) AS revenue
                  FROM orders o
                  JOIN customers c ON c.id = o.customer_id
                  JOIN products p ON p.id = o.product_id
                  WHERE o.status = ?
                  GROUP BY c.region
                  ORDER BY revenue DESC, region
                parameters: ["text:completed"]
            """))
        #expect(try build().status == 0)
        #expect(try project.read("bi.lock") == lock)
        // Compiling again in a new process gives the same bytes.
        #expect(try build(["--refresh-questions"]).status == 0)
        #expect(try project.read("bi.lock") == lock)
    }

    @Test func pinnedSQLIsUsedUntilTheQuestionChangesOrIsRefreshed() throws {
        #expect(try build().status == 0)
        // A reviewer's edit of the pinned SQL is what builds run while the question and schema stay the same.
        let edited = try project.read("bi.lock").replacingOccurrences(of: "ORDER BY revenue DESC, region", with: "ORDER BY revenue, region")
        try project.write(edited, to: "bi.lock")
        #expect(try build().status == 0)
        #expect(try project.read("output/sales.html").contains("South made <span class=\"bi-value\">$65.50</span>."))
        #expect(try build(["--refresh-questions"]).status == 0)
        #expect(try project.read("output/sales.html").contains("South made <span class=\"bi-value\">$152.00</span>."))
        try project.write(Self.report("revenue by region for completed orders in 2025"), to: "reports/sales.md")
        #expect(try build().status == 0)
        #expect(try project.read("bi.lock").contains("parameters: [\"text:completed\", \"day:2025-01-01\", \"day:2026-01-01\"]"))
    }

    @Test func aDeclinedQuestionFailsTheBuildAtTheQuestion() throws {
        #expect(try build().status == 0)
        let site = DirectorySnapshot(project.path("output")), lock = try project.read("bi.lock")
        try project.write(Self.report("revenue by flavor"), to: "reports/sales.md")
        let outcome = try build()
        #expect(outcome.status == 1)
        #expect(outcome.errors.hasPrefix("""
            reports/sales.md:4:1: error: cannot answer "revenue by flavor": I do not know the word 'flavor'
              hint: understood: revenue, by; try "total revenue by status", "total revenue last month"
            """), "\(outcome.errors)")
        #expect(DirectorySnapshot(project.path("output")) == site)
        #expect(try project.read("bi.lock") == lock)
    }

    @Test func checkWarnsWhenTheLockIsStale() throws {
        let check = try BIProcess.run(["check", "--project", project.path])
        #expect(check.status == 0)
        #expect(check.errors.contains("bi.lock:1:1: warning: bi.lock does not match the questions in reports/"))
        #expect(!project.exists("bi.lock"))
    }
}
