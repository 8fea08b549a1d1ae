import BICore
import Connectors
import NLQ
import Testing

/// The engine declines what it is not sure of, saying what it understood and what to ask instead.
struct RefusalTests {
    static let today = Day(iso: "2025-12-15")!

    func refusal(_ question: String, schema: Schema = Schemas.shop) -> QuestionRefusal? {
        #expect(throws: QuestionRefusal.self) {
            try QuestionEngine().compile(question, schema: schema, dialect: .sqlite, today: Self.today)
        }
        do {
            _ = try QuestionEngine().compile(question, schema: schema, dialect: .sqlite, today: Self.today)
        } catch let refusal as QuestionRefusal {
            return refusal
        } catch {}
        return nil
    }

    @Test func nonsenseNamesTheWordsItDoesNotKnow() throws {
        let declined = try #require(refusal("flurb the wibbles"))
        #expect(declined.diagnostic(at: SourceLocation(file: "reports/a.md", line: 8, column: 1)).description == """
            reports/a.md:8:1: error: cannot answer "flurb the wibbles": I do not know the words 'flurb', 'wibbles'
              hint: try "total revenue by category", "total revenue last month", "top 5 customers by revenue"
            """)
    }

    @Test func aColumnTheSchemaLacksIsNotGuessed() throws {
        let declined = try #require(refusal("revenue by flavor"))
        #expect(declined.reason == "I do not know the word 'flavor'")
        #expect(declined.understood == "revenue, by")
    }

    @Test func aWordThatFitsSeveralColumnsOffersEach() throws {
        let declined = try #require(refusal("revenue by name"))
        #expect(declined.reason == "'name' could mean customers.name or products.name")
        #expect(declined.suggestions == ["revenue by customer name", "revenue by product name"])
    }

    @Test(arguments: [
        ("how many", "I cannot tell what to count or add up"),
        ("top 5", "I cannot tell what to rank"),
        ("median order value", "I cannot do the median yet"),
        ("customers who never ordered", "I cannot do questions about what did not happen yet"),
        ("compare revenue", "the periods to compare are not named, as in \"this month compared to last month\""),
    ])
    func questionsItCannotAnswerAreDeclined(_ question: String, _ reason: String) throws {
        #expect(try #require(refusal(question)).reason == reason)
    }

    @Test func aPeriodWithoutADateColumnIsDeclined() throws {
        let undated = Schema(tables: Schemas.support.tables.filter { $0.name != "tickets" })
        #expect(try #require(refusal("agents per team last month", schema: undated)).reason == "no table here has a date to filter or group by")
    }
}
