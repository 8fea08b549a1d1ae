import BICore
import Connectors
import Foundation
import NLQ
import Pipeline
import Query
import State
import Synchronization

/// Answers the Ask page's questions: compiles a conversation with the project's question engine on
/// the part of a source the user may see, then runs the SQL on the source.
///
/// ```swift
/// let outcome = try service.answer(["revenue by category", "and by month?"], source: "demo", user: user)
/// ```
final class AskService: Sendable {
    let config: ProjectConfig
    let engine: QuestionEngine
    let registry: SourceRegistry
    /// The day relative periods count from: the build's `--as-of`, else the clock's day.
    let today: @Sendable () -> Day
    private let schemas = Mutex<[String: Schema]>([:])

    init(project: Project, today: @escaping @Sendable () -> Day) {
        config = project.config
        engine = QuestionEngine(semantic: project.config.semantic)
        registry = SourceRegistry(config: project.config, projectDirectory: project.directory)
        self.today = today
    }

    /// The sources `user` may ask about, in `bi.yml` order.
    func sources(for user: User) -> [SourceConfig] {
        config.sources.filter { $0.allows(user.accessNames, isAdmin: user.role == .admin) }
    }

    /// The source a question goes to: the named one when given, else the default, else the first.
    func source(named name: String?, for user: User) -> SourceConfig? {
        let allowed = sources(for: user)
        if let name, !name.isEmpty { return allowed.first { $0.name == name } }
        return allowed.first { $0.name == config.defaultSource } ?? allowed.first
    }

    /// The schema of `source` without the tables `user` may not ask about.
    func schema(of source: SourceConfig, for user: User) throws -> Schema {
        var schema = try fullSchema(of: source)
        let hidden = source.hiddenTables(for: user.accessNames, isAdmin: user.role == .admin)
        guard !hidden.isEmpty else { return schema }
        schema.tables = schema.tables.filter { !hidden.contains($0.name) }.map { table in
            var table = table
            table.foreignKeys.removeAll { hidden.contains($0.referencedTable) }
            return table
        }
        return schema
    }

    /// Compiles the conversation `turns` (the last one refining those before) and runs it.
    /// - Throws: ``QuestionRefusal`` when the engine declines; connector errors when the query fails.
    func answer(_ turns: [String], source: SourceConfig, user: User) throws -> AskAnswer {
        let started = ContinuousClock.now
        let connector = try registry.connector(for: source.name)
        let day = today()
        let question = QuestionEngine.conversation(turns)
        let compiled = try engine.compile(question, schema: try schema(of: source, for: user), dialect: connector.dialect, today: day)
        let sql = compiled.sql.bound(today: day)
        let table = try connector.answer(compiled, today: day, limits: registry.limits(for: source.name))
        return AskAnswer(question: question, source: source.name, compiled: compiled, sql: sql, table: table,
                         elapsed: ContinuousClock.now - started)
    }

    /// Questions built from the schema the user may see, to start from.
    func suggestions(for source: SourceConfig, user: User) -> [String] {
        (try? engine.suggestions(for: schema(of: source, for: user), today: today())) ?? []
    }

    private func fullSchema(of source: SourceConfig) throws -> Schema {
        if let known = schemas.withLock({ $0[source.name] }) { return known }
        let schema = try QuestionEngine.schema(of: try registry.connector(for: source.name))
        schemas.withLock { $0[source.name] = schema }
        return schema
    }
}

/// A question answered: what was asked, the SQL it became and the rows it returned.
struct AskAnswer: Sendable {
    /// The conversation as one question (turns joined by ``QuestionEngine/turnSeparator``).
    var question: String
    var source: String
    var compiled: CompiledQuestion
    var sql: BoundSQL
    var table: ResultTable
    var elapsed: Duration
}
