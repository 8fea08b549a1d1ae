/// The optional `llm:` section of `bi.yml`: an OpenAI-compatible chat-completions endpoint (Groq,
/// Ollama, a llama.cpp server) asked for SQL when the built-in engine declines a question.
///
/// ```yaml
/// llm:
///   url: http://localhost:11434/v1      # POSTs to URL/chat/completions
///   model: llama3.1
///   api_key_env: GROQ_API_KEY           # the key only ever comes from the environment
/// ```
public struct LLMSettings: Hashable, Sendable {
    public var url: String
    public var model: String
    /// The environment variable holding the API key, if the endpoint needs one.
    public var apiKeyEnvironmentVariable: String?
    /// Seconds to wait for an answer.
    public var timeout: Double
    public var location: SourceLocation

    public init(url: String, model: String, apiKeyEnvironmentVariable: String? = nil, timeout: Double = 60,
                location: SourceLocation) {
        self.url = url
        self.model = model
        self.apiKeyEnvironmentVariable = apiKeyEnvironmentVariable
        self.timeout = timeout
        self.location = location
    }
}
