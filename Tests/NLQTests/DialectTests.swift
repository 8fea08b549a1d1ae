import BICore
import Connectors
import NLQ
import Testing

/// The SQL text each dialect gets: date buckets, quoting and parameters differ, nothing else.
struct DialectTests {
    static let today = Day(iso: "2025-12-15")!

    @Test func monthlyRevenueByRegionInEachDialect() throws {
        let question = "monthly revenue by region in 2024"
        let bucket: [SQLDialect: String] = [
            .sqlite: "strftime('%Y-%m', o.order_date)", .postgres: "to_char(o.order_date, 'YYYY-MM')", .mysql: "DATE_FORMAT(o.order_date, '%Y-%m')",
        ]
        for dialect in SQLDialect.allCases {
            let day = dialect == .postgres ? "CAST(? AS date)" : "?"
            let compiled = try QuestionEngine().compile(question, schema: Schemas.shop, dialect: dialect, today: Self.today)
            #expect(compiled.sql.text == """
                SELECT \(bucket[dialect]!) AS month, c.region AS region, SUM(oi.quantity * oi.unit_price) AS revenue
                FROM order_items oi
                JOIN orders o ON o.id = oi.order_id
                JOIN customers c ON c.id = o.customer_id
                WHERE o.order_date >= \(day) AND o.order_date < \(day)
                GROUP BY \(bucket[dialect]!), c.region
                ORDER BY month, region
                """)
            #expect(compiled.sql.bound(today: Self.today).parameters == [.text("2024-01-01"), .text("2025-01-01")])
        }
    }

    @Test(arguments: [
        (SQLDialect.sqlite, "strftime('%Y', date(o.order_date, '-3 days', 'weekday 4')) || '-W' || printf('%02d', (CAST(strftime('%j', date(o.order_date, '-3 days', 'weekday 4')) AS INTEGER) + 6) / 7)"),
        (.postgres, "to_char(o.order_date, 'IYYY-\"W\"IW')"),
        (.mysql, "DATE_FORMAT(o.order_date, '%x-W%v')"),
    ])
    func isoWeekBuckets(_ dialect: SQLDialect, _ bucket: String) throws {
        let compiled = try QuestionEngine().compile("weekly orders", schema: Schemas.shop, dialect: dialect, today: Self.today)
        #expect(compiled.sql.text == "SELECT \(bucket) AS week, COUNT(*) AS orders\nFROM orders o\nGROUP BY \(bucket)\nORDER BY week")
    }

    @Test(arguments: [
        (SQLDialect.sqlite, "strftime('%Y', o.order_date) || '-Q' || ((CAST(strftime('%m', o.order_date) AS INTEGER) + 2) / 3)"),
        (.postgres, "to_char(o.order_date, 'YYYY-\"Q\"Q')"),
        (.mysql, "CONCAT(YEAR(o.order_date), '-Q', QUARTER(o.order_date))"),
    ])
    func quarterBuckets(_ dialect: SQLDialect, _ bucket: String) throws {
        let compiled = try QuestionEngine().compile("orders per quarter", schema: Schemas.shop, dialect: dialect, today: Self.today)
        #expect(compiled.sql.text == "SELECT \(bucket) AS quarter, COUNT(*) AS orders\nFROM orders o\nGROUP BY \(bucket)\nORDER BY quarter")
    }

    @Test func camelCaseNamesAreQuotedTheWayEachDialectQuotes() throws {
        let question = "average first response time by team"
        let postgres = try QuestionEngine().compile(question, schema: Schemas.support, dialect: .postgres, today: Self.today)
        #expect(postgres.sql.text == """
            SELECT t2."teamName" AS "teamName", AVG(t."firstResponseMins") AS avg_first_response_mins
            FROM tickets t
            JOIN agents a ON a.id = t."assigneeId"
            JOIN teams t2 ON t2.id = a."teamId"
            GROUP BY t2.id, t2."teamName"
            ORDER BY avg_first_response_mins DESC, "teamName"
            """)
        // MySQL averages integers as four-decimal numbers unless given a double.
        let mysql = try QuestionEngine().compile(question, schema: Schemas.support, dialect: .mysql, today: Self.today)
        #expect(mysql.sql.text == postgres.sql.text.replacing("\"", with: "`")
            .replacing("AVG(t.`firstResponseMins`)", with: "AVG((t.`firstResponseMins`) * 1E0)"))
    }

    @Test func valuesFromTheQuestionAreBoundNeverWritten() throws {
        let compiled = try QuestionEngine().compile("top 3 products in Electronics by revenue over $500 since 2025-06-01",
                                                    schema: Schemas.shop, dialect: .postgres, today: Self.today)
        #expect(!compiled.sql.text.contains("Electronics") && !compiled.sql.text.contains("500") && !compiled.sql.text.contains("2025"))
        #expect(compiled.sql.bound(today: Self.today).parameters == [.text("Electronics"), .text("2025-06-01"), .integer(500), .integer(3)])
    }
}
