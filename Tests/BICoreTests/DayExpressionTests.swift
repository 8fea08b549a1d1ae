import BICore
import Testing

struct DayExpressionTests {
    static let today = Day(iso: "2025-12-15")!

    @Test(arguments: [
        ("today", "2025-12-15"), ("today-6d", "2025-12-09"), ("today+1d", "2025-12-16"), ("week", "2025-12-15"), ("week-1w", "2025-12-08"),
        ("month-1m", "2025-11-01"), ("quarter", "2025-10-01"), ("year-1y", "2024-01-01"), ("month:3", "2025-03-01"), ("month:12+1m", "2026-01-01"),
        ("today-3m+1d", "2025-09-16"), ("2024-02-29+1y", "2025-02-28"), ("2024-07-01", "2024-07-01"),
    ])
    func parsesResolvesAndPrintsBack(_ text: String, _ day: String) throws {
        let expression = try #require(DayExpression(parsing: text))
        #expect(expression.resolve(today: Self.today).description == day)
        #expect(expression.description == text)
    }

    @Test(arguments: ["", "tomorrow", "day", "month:13", "today-", "today-3x", "2024-13-01", "today*2d"])
    func rejectsAnythingElse(_ text: String) {
        #expect(DayExpression(parsing: text) == nil)
    }

    @Test func templateParametersRoundTripAndBindRelativeDays() throws {
        let parameters: [SQLTemplate.Parameter] = [.value(.text("a:b")), .value(.integer(-5)), .value(.real(0.25)), .value(.boolean(true)),
                                                   .value(.null), .day(DayExpression(parsing: "month-1m")!)]
        #expect(parameters.map(\.description) == ["text:a:b", "integer:-5", "real:0.25", "boolean:true", "null", "day:month-1m"])
        #expect(parameters.map { SQLTemplate.Parameter(parsing: $0.description) } == parameters)
        let template = SQLTemplate("select ? where d >= ?", parameters: [parameters[0], parameters[5]])
        #expect(template.bound(today: Self.today) == BoundSQL("select ? where d >= ?", parameters: [.text("a:b"), .text("2025-11-01")]))
    }

    @Test func stableHashIsTheSameEverywhereAndSeparatesItsParts() {
        var ab = StableHash(), a = StableHash()
        ab.add("ab")
        a.add("a")
        a.add("b")
        #expect(ab.hex == "e7200d1905420d1c")
        #expect(ab != a)
        var again = StableHash()
        again.add("ab")
        #expect(again == ab)
    }
}
