import Foundation
import Testing
import TestSupport

/// `bi ask` through the real binary, on the small shop database with known numbers.
@Suite(.serialized)
struct AskCommandTests {
    let folder: TemporaryDirectory

    init() throws {
        folder = try TemporaryDirectory("smartbi-ask")
        try FixtureDatabase.create(at: folder.path("shop.db"))
    }

    func ask(_ arguments: [String]) throws -> BIProcess.Outcome {
        try BIProcess.run(["ask"] + arguments + ["--source", "sqlite:shop.db", "--today", "2025-12-31"], in: folder.path)
    }

    @Test func jsonHasTheSQLTheColumnsAndTheRows() throws {
        let outcome = try ask(["revenue by region for completed orders", "--format", "json"])
        #expect(outcome.status == 0, "\(outcome.errors)")
        #expect(outcome.output == #"{"sql":"SELECT c.region AS region, SUM(o.quantity * p.price) AS revenue\nFROM orders o\nJOIN customers c ON c.id = o.customer_id\nJOIN products p ON p.id = o.product_id\nWHERE o.status = ?\nGROUP BY c.region\nORDER BY revenue DESC, region","columns":[{"name":"region","type":"text"},{"name":"revenue","type":"real"}],"rows":[["South",152],["North",65.5]]}"# + "\n")
    }

    @Test func sqlOnlyPrintsTheSQLAndItsParameters() throws {
        let outcome = try ask(["orders in March 2025", "--sql-only"])
        #expect(outcome.output == """
            SELECT COUNT(*) AS orders
            FROM orders o
            WHERE o.order_date >= ? AND o.order_date < ?
            -- parameters: ["2025-03-01", "2025-04-01"]

            """)
    }

    @Test func theTableSaysWhatWasUnderstood() throws {
        let outcome = try ask(["monthly revenue"])
        #expect(outcome.output == """
            -- sum of orders.quantity × products.price by month of orders.order_date
            month    revenue
            -------  -------
            2025-01     55.5
            2025-02      101
            2025-03      112
            (3 rows)

            """)
        #expect(try ask(["monthly revenue", "--format", "csv"]).output == "month,revenue\r\n2025-01,55.5\r\n2025-02,101\r\n2025-03,112\r\n")
    }

    @Test func theLLMFromBiYmlAnswersWhatTheEngineDeclines() throws {
        let stub = try ChatCompletionsStub { _ in (200, "```sql\nSELECT strftime('%w', order_date) AS weekday, COUNT(*) AS orders FROM orders GROUP BY 1\n```") }
        try folder.write("sources:\n  shop:\n    url: sqlite:shop.db\nllm:\n  url: \(stub.url)\n  model: tiny\n  api_key_env: TEST_LLM_KEY\n", to: "bi.yml")
        let outcome = try BIProcess.run(["ask", "orders per weekday", "--project", folder.path, "--format", "csv"],
                                        environment: ["TEST_LLM_KEY": "sk-secret"])
        #expect(outcome.status == 0, "\(outcome.errors)")
        #expect(outcome.output == "weekday,orders\r\n0,3\r\n1,1\r\n2,1\r\n5,1\r\n")
        #expect(stub.requests.map { $0.headers["authorization"] } == ["Bearer sk-secret"])
        #expect(!(outcome.output + outcome.errors).contains("sk-secret"))
    }

    @Test func aDeclinedQuestionExitsWithTheReasonAndSuggestions() throws {
        let outcome = try ask(["flurb by region"])
        #expect(outcome.status == 1)
        #expect(outcome.output.isEmpty)
        #expect(outcome.errors == """
            error: cannot answer "flurb by region": I do not know the word 'flurb'
              hint: understood: by, customers.region; try "total revenue by status", "total revenue last month"

            """)
    }
}
