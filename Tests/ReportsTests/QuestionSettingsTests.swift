import BICore
import Reports
import Testing

/// `semantic:` and `llm:` in bi.yml.
struct QuestionSettingsTests {
    @Test func theSemanticModelAndTheLLMAreReadWithTheirPlaces() throws {
        let text = """
            title: Shop
            semantic:
              time_column: orders.ship_date
              measures:
                net_revenue:
                  sql: sum(order_items.quantity * order_items.unit_price)
                  synonyms: [net sales, takings]
                orders_count: count(orders.id)
              dimensions:
                tier: customers.segment
              synonyms:
                patrons: customers
            llm:
              url: http://localhost:11434/v1
              model: llama3.1
              api_key_env: GROQ_API_KEY
            """
        var diagnostics = DiagnosticCollector()
        let config = try #require(ProjectConfigParser.parse(text, diagnostics: &diagnostics))
        #expect(diagnostics.diagnostics.isEmpty)
        let semantic = try #require(config.semantic)
        #expect(semantic.timeColumn == "orders.ship_date")
        #expect(semantic.measures.map(\.name) == ["net_revenue", "orders_count"])
        #expect(semantic.measures[0].synonyms == ["net sales", "takings"])
        #expect(semantic.measures[1].sql == "count(orders.id)")
        #expect(semantic.measures[0].location == SourceLocation(file: "bi.yml", line: 5, column: 5))
        #expect(semantic.dimensions.map { "\($0.name)=\($0.column)" } == ["tier=customers.segment"])
        #expect(semantic.synonyms == ["patrons": "customers"])
        #expect(config.llm == LLMSettings(url: "http://localhost:11434/v1", model: "llama3.1", apiKeyEnvironmentVariable: "GROQ_API_KEY",
                                          location: SourceLocation(file: "bi.yml", line: 13, column: 1)))
    }

    @Test func mistakesPointAtTheirKey() {
        var diagnostics = DiagnosticCollector()
        _ = ProjectConfigParser.parse("semantic:\n  measures:\n    m:\n      synonym: [x]\nllm:\n  url: http://x\n", diagnostics: &diagnostics)
        #expect(diagnostics.diagnostics.map(\.description) == [
            "bi.yml:4:7: warning: unknown 'm' key 'synonym' is ignored\n  hint: did you mean 'synonyms'?",
            "bi.yml:3:5: error: 'm' needs 'sql'",
            "bi.yml:5:1: error: llm needs 'url' and 'model'\n  hint: for example url: http://localhost:11434/v1 and model: llama3.1",
        ])
    }
}
