import BICore
@testable import NLQ
import Testing

/// Time expressions resolve to half-open day ranges against today (Monday 2025-12-15 here).
struct TimeExpressionTests {
    static let today = Day(iso: "2025-12-15")!

    @Test(arguments: [
        ("today", "2025-12-15", "2025-12-16"),
        ("yesterday", "2025-12-14", "2025-12-15"),
        ("this week", "2025-12-15", "2025-12-22"),
        ("last week", "2025-12-08", "2025-12-15"),
        ("this month", "2025-12-01", "2026-01-01"),
        ("last month", "2025-11-01", "2025-12-01"),
        ("previous quarter", "2025-07-01", "2025-10-01"),
        ("the last quarter", "2025-07-01", "2025-10-01"),
        ("this year", "2025-01-01", "2026-01-01"),
        ("last year", "2024-01-01", "2025-01-01"),
        ("year to date", "2025-01-01", "2025-12-16"),
        ("ytd", "2025-01-01", "2025-12-16"),
        ("last 7 days", "2025-12-09", "2025-12-16"),
        ("the past 3 months", "2025-09-16", "2025-12-16"),
        ("past week", "2025-12-09", "2025-12-16"),
        ("2 months ago", "2025-10-01", "2025-11-01"),
        ("2024", "2024-01-01", "2025-01-01"),
        ("March", "2025-03-01", "2025-04-01"),
        ("in march 2024", "2024-03-01", "2024-04-01"),
        ("2024-03", "2024-03-01", "2024-04-01"),
        ("Q3", "2025-07-01", "2025-10-01"),
        ("q1 2024", "2024-01-01", "2024-04-01"),
        ("the third quarter of 2023", "2023-07-01", "2023-10-01"),
        ("first half of 2024", "2024-01-01", "2024-07-01"),
        ("March 21, 2024", "2024-03-21", "2024-03-22"),
        ("2025-06-10", "2025-06-10", "2025-06-11"),
        ("between March and May 2024", "2024-03-01", "2024-06-01"),
        ("from 2024-01-15 to 2024-02-10", "2024-01-15", "2024-02-11"),
    ])
    func rangeOf(_ phrase: String, _ start: String, _ end: String) throws {
        let range = try #require(Self.range(phrase))
        #expect(range.start?.resolve(today: Self.today).description == start)
        #expect(range.end?.resolve(today: Self.today).description == end)
    }

    @Test func openEndedRanges() throws {
        let since = try #require(Self.range("since 2025-06-01"))
        #expect(since.start?.resolve(today: Self.today).description == "2025-06-01")
        #expect(since.end == nil)
        let before = try #require(Self.range("before 2024"))
        #expect(before.start == nil)
        #expect(before.end?.resolve(today: Self.today).description == "2024-01-01")
    }

    @Test func mayIsAMonthOnlyWhereAMonthFits() {
        #expect(Self.range("may") == nil)
        #expect(Self.range("in may")?.start?.resolve(today: Self.today).description == "2025-05-01")
    }

    /// The range of a phrase that is one time expression from its first word to its last.
    static func range(_ phrase: String) -> TimeRange? {
        let tokens = Tokenizer.tokens(of: phrase)
        let parser = TimeExpressionParser(tokens: tokens)
        for start in tokens.indices {
            if let (length, range) = parser.match(at: start), start + length == tokens.count { return range }
        }
        return nil
    }
}
