import BICore
import Connectors
import Foundation
import NLQ
import Testing
import TestSupport

/// The LLM backend against a local server speaking the chat-completions API.
@Suite(.serialized)
struct LLMBackendTests {
    static let today = Day(iso: "2025-12-31")!
    let folder: TemporaryDirectory
    let connector: SQLiteConnector

    init() throws {
        folder = try TemporaryDirectory("smartbi-llm")
        try FixtureDatabase.create(at: folder.path("shop.db"))
        connector = try SQLiteConnector(path: folder.path("shop.db"))
    }

    func backend(_ stub: ChatCompletionsStub) -> LLMBackend {
        LLMBackend(settings: LLMSettings(url: stub.url, model: "test-model", apiKeyEnvironmentVariable: "TEST_KEY", timeout: 10,
                                         location: SourceLocation(file: "bi.yml", line: 1, column: 1)), apiKey: "sk-secret")
    }

    func failure(_ content: String, status: Int = 200) async throws -> String? {
        let stub = try ChatCompletionsStub { _ in (status, content) }
        do {
            _ = try await backend(stub).compile("q", schema: try connector.schema(), connector: connector, today: Self.today)
            return nil
        } catch let failure as LLMFailure {
            return failure.reason
        }
    }

    @Test func theAnswerIsCheckedAndKeepsTodayAsAParameter() async throws {
        let stub = try ChatCompletionsStub { _ in
            (200, "Here you go:\n```sql\nSELECT strftime('%w', order_date) AS weekday, COUNT(*) AS orders FROM orders\nWHERE order_date <= :today GROUP BY 1;\n```")
        }
        let compiled = try await backend(stub).compile("orders per weekday", schema: try connector.schema(), connector: connector, today: Self.today)
        #expect(compiled.engine == "llm:test-model")
        #expect(compiled.sql == SQLTemplate("SELECT strftime('%w', order_date) AS weekday, COUNT(*) AS orders FROM orders\nWHERE order_date <= ? GROUP BY 1",
                                            parameters: [.day(DayExpression(.today))]))
        #expect(compiled.chart == .bar)
        let request = try #require(stub.requests.first)
        #expect(request.path == "/v1/chat/completions")
        #expect(request.headers["authorization"] == "Bearer sk-secret")
        let body = try #require(try JSONSerialization.jsonObject(with: Data(request.body.utf8)) as? [String: Any])
        #expect(body["model"] as? String == "test-model")
        let messages = try #require(body["messages"] as? [[String: String]])
        #expect(messages.map { $0["role"] } == ["system", "user"])
        #expect(messages[1]["content"]?.contains("- orders (6 rows): id integer primary key; customer_id integer references customers(id);") == true)
        #expect(messages[1]["content"]?.hasSuffix("Question: orders per weekday") == true)
    }

    @Test(arguments: [
        ("DELETE FROM orders", "the answer was a DELETE statement, not a query"),
        ("SELECT 1; DROP TABLE orders", "the answer held more than one statement"),
        ("SELECT flavor FROM orders", "the source rejected its SQL: no such column: flavor"),
        ("SELECT * FROM orders WHERE id = :id", "the answer used an unknown placeholder 'id'"),
        ("", "the answer held no SQL"),
    ])
    func answersThatAreNotOneReadOnlyQueryAreRefused(_ content: String, _ reason: String) async throws {
        #expect(try await failure(content) == reason)
    }

    @Test func httpErrorsNeverShowTheKey() async throws {
        let reason = try #require(try await failure("nope", status: 401))
        #expect(reason == "127.0.0.1 answered HTTP 401")
    }
}
