import BICore
import Connectors

/// Turns plain-English questions (```` ```ask ```` blocks, `bi ask`) into SQL for a source.
///
/// Query knows no engine: the pipeline and the command line inject one (the built-in NLQ engine,
/// with an LLM behind it when `bi.yml` configures one).
public protocol QuestionCompiler: Sendable {
    /// What compiled SQL depends on besides the question (tables, columns, keys, the semantic model).
    /// A pinned question is compiled again when this changes.
    func fingerprint(of source: QuestionSource) async throws -> String

    /// Compiles `question` for `source`; relative periods stay relative in the SQL.
    /// - Throws: a `Diagnostic` without a location when the question is declined (the message says
    ///   why, the hint what was understood and what to ask instead); the caller adds the location.
    func compile(_ question: String, on source: QuestionSource, today: Day) async throws -> CompiledQuestion
}

/// A source a question runs on: its name (from `bi.yml`, or the URL given) and its connector.
public struct QuestionSource: Sendable {
    public var name: String
    public var connector: any Connector

    public init(name: String, connector: any Connector) {
        self.name = name
        self.connector = connector
    }
}
