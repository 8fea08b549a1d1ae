import BICore
import Connectors
import NLQ
import Query
import Synchronization

/// The question compiler of a project: the built-in engine with the project's semantic model and,
/// when `bi.yml` configures one, an LLM for the questions the engine declines.
/// Each source's schema is read once and kept.
public final class ProjectQuestionCompiler: QuestionCompiler {
    let engine: QuestionEngine
    let llm: LLMBackend?
    private let schemas = Mutex<[String: Schema]>([:])

    /// - Parameter environment: where the LLM's API key is looked up (`llm: api_key_env:`).
    public init(config: ProjectConfig, environment: @Sendable (String) -> String?) {
        engine = QuestionEngine(semantic: config.semantic)
        llm = config.llm.map { LLMBackend(settings: $0, apiKey: $0.apiKeyEnvironmentVariable.flatMap(environment)) }
    }

    public func fingerprint(of source: QuestionSource) async throws -> String {
        try engine.fingerprint(of: source.connector)
    }

    public func compile(_ question: String, on source: QuestionSource, today: Day) async throws -> CompiledQuestion {
        let schema = try schema(of: source)
        do {
            return try engine.compile(question, schema: schema, dialect: source.connector.dialect, today: today)
        } catch let refusal as QuestionRefusal {
            guard let llm else { throw refusal.diagnostic(at: nil) }
            do {
                return try await llm.compile(question, schema: schema, connector: source.connector, today: today)
            } catch let failure as LLMFailure {
                var diagnostic = refusal.diagnostic(at: nil)
                diagnostic.message += "; the LLM (\(llm.settings.model)) could not answer either: \(failure.reason)"
                throw diagnostic
            }
        }
    }

    private func schema(of source: QuestionSource) throws -> Schema {
        if let known = schemas.withLock({ $0[source.name] }) { return known }
        let schema = try QuestionEngine.schema(of: source.connector)
        schemas.withLock { $0[source.name] = schema }
        return schema
    }
}
