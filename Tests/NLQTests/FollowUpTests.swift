import BICore
import Connectors
import NLQ
import Testing

/// Follow-ups refine the previous question's frame: a conversation compiles to the SQL of the one
/// question that says it all at once, whatever the follow-up's words.
struct FollowUpTests {
    static let today = Day(iso: "2025-12-15")!

    func sql(_ question: String) throws -> String {
        try QuestionEngine().compile(question, schema: Schemas.shop, dialect: .sqlite, today: Self.today).sql.text
    }

    @Test(arguments: [
        ("revenue by region in 2024; and by month?", "revenue by region by month in 2024"),
        ("revenue by region in 2024; only Electronics", "revenue by region in 2024 for Electronics"),
        ("revenue by region in 2024; for Clothing; only Electronics", "revenue by region in 2024 for Electronics"),
        ("top 5 products by revenue last month; top 10 instead", "top 10 products by revenue last month"),
        ("top 5 products by revenue last month; what about in 2024?", "top 5 products by revenue in 2024"),
        ("revenue by channel last month; compare with 2024", "revenue by channel last month compared to 2024"),
        ("revenue by region; by channel instead", "revenue by channel"),
        ("monthly revenue in 2024; weekly", "weekly revenue in 2024"),
        ("revenue by region in 2024; number of orders", "number of orders by region in 2024"),
    ])
    func aFollowUpRefinesThePreviousQuestion(conversation: String, single: String) throws {
        #expect(try sql(conversation) == sql(single))
    }

    @Test func aComparedPeriodIsSetAgainstThePreviousPeriod() throws {
        let compiled = try QuestionEngine().compile("revenue by category this year; compare with last year", schema: Schemas.shop,
                                                    dialect: .sqlite, today: Self.today)
        #expect(compiled.interpretation.contains("compared with"))
        #expect(compiled.chart == .table)
    }

    @Test func aFollowUpWithAnUnknownWordIsDeclinedOnItsOwnWords() throws {
        #expect {
            try QuestionEngine().compile("revenue by region; and by flurb", schema: Schemas.shop, dialect: .sqlite, today: Self.today)
        } throws: { error in
            (error as? QuestionRefusal)?.reason == "I do not know the word 'flurb'"
        }
    }

    @Test func turnsJoinIntoOneQuestion() {
        #expect(QuestionEngine.conversation([" revenue by region ", "", "and by month?"]) == "revenue by region; and by month?")
    }
}
