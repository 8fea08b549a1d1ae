import BICore
import Connectors
import DemoData
import Foundation
import Hummingbird
@testable import Server
import State
import Testing
import TestSupport

/// The Ask page over the demo data (2,000 order items, as of 2025-12-15): answers checked against
/// SQL run directly on the database, follow-ups, access by source and table, history, favourites,
/// adding to a report and the rate limit.
@Suite struct AskTests {
    static let sources = """
          demo:
            url: sqlite:demo.db
            table_access:
              customers: [finance, editor]
          vault:
            url: sqlite:shop.db
            access: [finance]

        """

    static func fixture(policy: AccountPolicy = AccountPolicy()) async throws -> PreviewFixture {
        try await PreviewFixture(policy: policy, moreSources: sources, asOf: Day(iso: "2025-12-15")) { folder in
            _ = try DemoDataGenerator(rows: 2_000).write(to: folder.path("demo.db"))
        }
    }

    /// The body rows of the answer's table, cell texts as shown.
    static func answerRows(_ page: Browser.Page) -> [[String]] {
        guard let table = page.body.firstMatch(of: /<table class="ask-table">(.*?)<\/table>/.dotMatchesNewlines()) else { return [] }
        let body = String(table.output.1).components(separatedBy: "<tbody>").last ?? ""
        return body.matches(of: /<tr>(.*?)<\/tr>/).map { row in
            String(row.output.1).matches(of: /<td[^>]*>(.*?)<\/td>/).map { String($0.output.1).replacingOccurrences(of: "&amp;", with: "&") }
        }
    }

    /// `sql` run directly on the demo database, cells formatted as the page shows them.
    static func direct(_ fixture: PreviewFixture, _ sql: String) throws -> [[String]] {
        let database = try SQLiteDatabase(path: fixture.folder.path("demo.db"), mode: .readOnly)
        let statement = try database.prepare(BoundSQL(sql))
        var rows: [[String]] = []
        while try statement.next() {
            rows.append((0..<statement.columns.count).map { AnswerRendering.text(statement.value(at: $0)) })
        }
        return rows
    }

    static func ask(_ browser: Browser, _ question: String, after page: Browser.Page? = nil, source: String? = nil) async throws -> Browser.Page {
        let form = try await browser.get("/ask")
        var fields = [("csrf", form.csrf ?? ""), ("question", question)]
        if let conversation = page?.hidden("conversation") { fields.append(("conversation", conversation)) }
        if let source { fields.append(("source", source)) }
        return try await browser.post("/ask", fields)
    }

    static let revenue = "sum(oi.quantity * oi.unit_price)"
    static let joins = "from order_items oi join orders o on o.id = oi.order_id join products p on p.id = oi.product_id"
    static let thisYear = "o.order_date >= '2025-01-01' and o.order_date < '2026-01-01'"

    static let lastYear = "o.order_date >= '2024-01-01' and o.order_date < '2025-01-01'"
    /// Revenue this year and last year, the change and the change in percent, per group.
    static let comparison = """
        sum(case when \(thisYear) then oi.quantity * oi.unit_price end) as revenue,
        sum(case when \(lastYear) then oi.quantity * oi.unit_price end) as previous,
        sum(case when \(thisYear) then oi.quantity * oi.unit_price end) - sum(case when \(lastYear) then oi.quantity * oi.unit_price end),
        (sum(case when \(thisYear) then oi.quantity * oi.unit_price end) - sum(case when \(lastYear) then oi.quantity * oi.unit_price end))
          * 100.0 / sum(case when \(lastYear) then oi.quantity * oi.unit_price end)
        """

    @Test func aFiveTurnConversationRefinesEachAnswer() async throws {
        let fixture = try await Self.fixture()
        try await fixture.browse { browser in
            try await browser.signIn("fin", code: fixture.code("fin"))
            let first = try await Self.ask(browser, "revenue by subcategory this year", source: "demo")
            #expect(first.status == .ok)
            #expect(first.body.contains("<svg"), "the chart is inline SVG")
            #expect(first.body.contains("<pre class=\"ask-sql\"><code>SELECT"))
            #expect(Set(Self.answerRows(first)) == Set(try Self.direct(fixture, """
                select p.subcategory, \(Self.revenue) \(Self.joins) where \(Self.thisYear) group by 1
                """)))

            let second = try await Self.ask(browser, "only Electronics", after: first)
            #expect(second.hidden("conversation") == first.hidden("conversation"))
            let electronics = try Self.direct(fixture, """
                select p.subcategory, \(Self.revenue) \(Self.joins) where \(Self.thisYear) and p.category = 'Electronics' group by 1
                """)
            #expect(electronics.count >= 3 && electronics.count < Self.answerRows(first).count)
            #expect(Set(Self.answerRows(second)) == Set(electronics))

            let third = try await Self.ask(browser, "compare with last year", after: second)
            #expect(third.body.contains("compared with 2024"))
            #expect(Set(Self.answerRows(third)) == Set(try Self.direct(fixture, """
                select p.subcategory, \(Self.comparison) \(Self.joins)
                where p.category = 'Electronics' and ((\(Self.thisYear)) or (\(Self.lastYear))) group by 1
                """)))

            let fourth = try await Self.ask(browser, "top 3 instead", after: third)
            #expect(Self.answerRows(fourth) == (try Self.direct(fixture, """
                select p.subcategory, \(Self.comparison) \(Self.joins)
                where p.category = 'Electronics' and ((\(Self.thisYear)) or (\(Self.lastYear))) group by 1 order by revenue desc limit 3
                """)))

            let fifth = try await Self.ask(browser, "and by channel?", after: fourth)
            #expect(Self.answerRows(fifth) == (try Self.direct(fixture, """
                select p.subcategory, o.channel, \(Self.comparison) \(Self.joins)
                where p.category = 'Electronics' and ((\(Self.thisYear)) or (\(Self.lastYear))) group by 1, 2 order by revenue desc limit 3
                """)))
            let turns = ["revenue by subcategory this year", "only Electronics", "compare with last year", "top 3 instead", "and by channel?"]
            #expect(fifth.body.contains("<ol class=\"ask-turns\">" + turns.map { "<li>\($0)</li>" }.joined() + "</ol>"))
            #expect(fifth.body.contains("```ask revenue_by_subcategory_this_year\n" + turns.joined(separator: "; ") + "\n```"))

        }
        #expect(try fixture.events(.questionAsked).count == 5)
        #expect(try fixture.events(.questionAsked).last?.detail == "demo: revenue by subcategory this year")
    }

    @Test func sourcesAndTablesFollowTheUsersRoles() async throws {
        let fixture = try await Self.fixture()
        try await fixture.browse { browser in
            try await browser.signIn("vic", code: fixture.code("vic"))
            let vault = try await Self.ask(browser, "revenue by region", source: "vault")
            #expect(vault.status == .forbidden)
            #expect(vault.body.contains("You may not ask questions about the source"))
            #expect(!vault.body.contains("<option>vault</option>"))
            let hidden = try await Self.ask(browser, "number of customers by city", source: "demo")
            #expect(hidden.body.contains("ask-refusal"))
            #expect(!hidden.body.contains("ask-table"))
            #expect(hidden.body.contains("Try one of these"))
        }
        let denied = try fixture.events(.accessDenied)
        #expect(denied.count == 1)
        #expect(denied.first?.actor == "vic")
        #expect(denied.first?.detail?.contains("vault") == true)
        #expect(try fixture.events(.questionRefused).first?.detail?.contains("customers by city") == true)

        try await fixture.browse { browser in
            try await browser.signIn("fin", code: fixture.code("fin"))
            let allowed = try await Self.ask(browser, "number of customers by city", source: "demo")
            #expect(allowed.body.contains("ask-table"))
        }
    }

    @Test func historyFavouritesAndAddingToAReport() async throws {
        let fixture = try await Self.fixture()
        try await fixture.browse { browser in
            try await browser.signIn("eddie", code: fixture.code("eddie"))
            let answer = try await Self.ask(browser, "revenue by channel this year", source: "demo")
            #expect(answer.body.contains("```ask revenue_by_channel_this_year"))
            #expect(answer.body.contains("&lt;BarChart data=revenue_by_channel_this_year x=channel y=revenue"))
            let saved = try await browser.post("/ask/favourites", [("csrf", answer.csrf ?? ""), ("question", "revenue by channel this year"), ("source", "demo")])
            #expect(saved.body.contains("<h2>Favourites</h2>"))
            let page = try await browser.get("/ask")
            #expect(page.body.contains("Your recent questions"))

            let before = try String(contentsOfFile: fixture.folder.path("bi.yml"), encoding: .utf8)
            let outside = try await browser.post("/ask/report", [("csrf", page.csrf ?? ""), ("question", "revenue by channel this year"),
                                                                 ("source", "demo"), ("report", "../bi.yml")])
            #expect(outside.status == .badRequest)
            #expect(try String(contentsOfFile: fixture.folder.path("bi.yml"), encoding: .utf8) == before)
            let added = try await browser.post("/ask/report", [("csrf", page.csrf ?? ""), ("question", "revenue by channel this year"),
                                                               ("source", "demo"), ("report", "sales.md")])
            #expect(added.status == .ok)
            let report = try String(contentsOfFile: fixture.folder.path("reports/sales.md"), encoding: .utf8)
            #expect(report.hasSuffix("```ask revenue_by_channel_this_year\nrevenue by channel this year\n```\n\n<BarChart data=revenue_by_channel_this_year x=channel y=revenue title=\"revenue by channel this year\" />\n"))
        }
        #expect(try fixture.events(.reportAppended).map(\.target) == ["reports/sales.md"])
        try await fixture.browse { browser in
            try await browser.signIn("vic", code: fixture.code("vic"))
            let page = try await browser.get("/ask")
            let refused = try await browser.post("/ask/report", [("csrf", page.csrf ?? ""), ("question", "revenue by channel"),
                                                                 ("source", "demo"), ("report", "sales.md")])
            #expect(refused.status == .forbidden)
        }
    }

    @Test func questionsAreRateLimitedPerUser() async throws {
        var policy = AccountPolicy()
        policy.questionsPerUser = 2
        policy.questionRefill = 3_600
        let fixture = try await Self.fixture(policy: policy)
        try await fixture.browse { browser in
            try await browser.signIn("vic", code: fixture.code("vic"))
            #expect(try await Self.ask(browser, "revenue by channel").status == .ok)
            #expect(try await Self.ask(browser, "revenue by category").status == .ok)
            let third = try await Self.ask(browser, "revenue by month")
            #expect(third.status == .tooManyRequests)
        }
        #expect(try fixture.events(.rateLimited).first?.detail == "too many questions")
    }
}
