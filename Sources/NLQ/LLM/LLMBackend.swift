import BICore
import Connectors
import Foundation

/// Asks an OpenAI-compatible chat-completions endpoint (Groq, Ollama, a llama.cpp server) for SQL
/// when the built-in engine declines a question. The prompt carries the schema; the answer must be
/// one read-only query that the source itself accepts, or it is not used.
///
/// ```swift
/// let llm = LLMBackend(settings: config.llm!, apiKey: ProcessInfo.processInfo.environment["GROQ_API_KEY"])
/// let compiled = try await llm.compile("revenue per weekday", schema: schema, connector: connector, today: today)
/// compiled.engine   // "llm:llama-3.1-8b-instant"
/// ```
public struct LLMBackend: Sendable {
    public var settings: LLMSettings
    /// Sent as a bearer token; never logged or printed.
    public var apiKey: String?

    public init(settings: LLMSettings, apiKey: String?) {
        self.settings = settings
        self.apiKey = apiKey
    }

    /// - Throws: ``LLMFailure`` when the endpoint cannot be reached or answers with anything but a
    ///   single read-only query that `connector` accepts.
    public func compile(_ question: String, schema: Schema, connector: any Connector, today: Day) async throws -> CompiledQuestion {
        let content = try await ask(SchemaPrompt.messages(question: question, schema: schema, dialect: connector.dialect, today: today))
        let template: SQLTemplate
        do {
            template = try SQLSafety.template(Self.sql(in: content))
        } catch {
            throw LLMFailure(reason: error.description)
        }
        let columns: [Column]
        do {
            let probe = template.bound(today: today)
            let check = BoundSQL("SELECT * FROM (" + probe.text + ") llm_answer LIMIT 0", parameters: probe.parameters)
            columns = try connector.withCursor(check, limits: QueryLimits(timeout: settings.timeout, maxRows: 0)) { $0.columns }
        } catch let error as ConnectorError {
            throw LLMFailure(reason: "the source rejected its SQL: " + error.description)
        }
        return CompiledQuestion(sql: template, interpretation: "SQL written by \(settings.model) for the question \"\(question)\"",
                                chart: Self.chart(for: columns), engine: "llm:" + settings.model)
    }

    /// The assistant's reply to `messages`.
    private func ask(_ messages: [(role: String, content: String)]) async throws -> String {
        guard let url = URL(string: settings.url.hasSuffix("/") ? settings.url + "chat/completions" : settings.url + "/chat/completions") else {
            throw LLMFailure(reason: "'\(settings.url)' is not a URL")
        }
        var headers = [("Content-Type", "application/json")]
        if let apiKey { headers.append(("Authorization", "Bearer " + apiKey)) }
        let body = ChatRequest(model: settings.model, messages: messages.map { ChatRequest.Message(role: $0.role, content: $0.content) }, temperature: 0)
        let encoder = JSONEncoder()
        encoder.outputFormatting = .sortedKeys
        let transfer = HTTPTransfer(url: url, headers: headers, body: Array(try encoder.encode(body)), timeout: settings.timeout)
        let response: HTTPTransfer.Response
        do {
            response = try await transfer.performInBackground()
        } catch {
            throw LLMFailure(reason: "cannot reach \(url.host ?? settings.url): \(error.message)")
        }
        guard (200..<300).contains(response.status) else {
            throw LLMFailure(reason: "\(url.host ?? settings.url) answered HTTP \(response.status)")
        }
        guard let reply = try? JSONDecoder().decode(ChatResponse.self, from: Data(response.body)), let content = reply.choices.first?.message.content else {
            throw LLMFailure(reason: "the answer was not a chat completion")
        }
        return content
    }

    /// The SQL in a reply: the first fenced code block, or the whole text.
    static func sql(in content: String) -> String {
        guard let open = content.range(of: "```") else { return content }
        let afterFence = content[open.upperBound...]
        let body = afterFence.drop { $0 != "\n" }.dropFirst()
        guard let close = body.range(of: "```") else { return String(body) }
        return String(body[..<close.lowerBound])
    }

    /// A bar chart for a label and numbers, a line for a date-like first column, a value for one number.
    static func chart(for columns: [Column]) -> SuggestedChart {
        if columns.count == 1 { return columns[0].type.isNumeric ? .value : .table }
        guard columns.count == 2, columns[1].type.isNumeric || columns[1].type == .unknown else { return .table }
        return columns[0].type.isTemporal ? .line : .bar
    }

    private struct ChatRequest: Encodable {
        struct Message: Encodable {
            var role: String
            var content: String
        }
        var model: String
        var messages: [Message]
        var temperature: Double
    }

    private struct ChatResponse: Decodable {
        struct Choice: Decodable {
            struct Message: Decodable { var content: String? }
            var message: Message
        }
        var choices: [Choice]
    }
}

/// Why an LLM's answer was not used. Never includes the API key.
public struct LLMFailure: Error, Hashable, Sendable, CustomStringConvertible {
    public var reason: String

    public init(reason: String) { self.reason = reason }

    public var description: String { reason }
}
