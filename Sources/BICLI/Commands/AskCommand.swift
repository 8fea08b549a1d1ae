import ArgumentParser
import BICore
import Connectors
import Foundation
import Pipeline
import Query

struct AskCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "ask",
        abstract: "Answer a plain-English question about a source.",
        discussion: """
            The built-in engine compiles the question to SQL offline and prints what it understood and the answer; \
            with --sql-only it prints the SQL (values as ? placeholders, listed after it). A question it is not sure \
            of is declined with suggestions (exit 1). Example: bi ask "top 5 products by revenue last month"
            """)

    @Argument(help: "The question.") var question: String
    @Option(help: "A source name from bi.yml, or a source URL.") var source: String?
    @Flag(help: "Print the SQL instead of running it.") var sqlOnly = false
    @Option(help: "Output format.") var format: OutputFormat = .table
    @Option(help: "Fix today's date for relative periods (YYYY-MM-DD).") var today: Day?
    @OptionGroup var project: ProjectOptions

    func run() async throws {
        let sources = try SourceOptions.registry(project: project.project, source: source)
        let day = today ?? Day(dayNumber: Int(Date().timeIntervalSince1970 / 86_400))
        do {
            guard let name = source ?? sources.config.defaultSource else {
                throw Diagnostic(at: nil, "no source to ask", hint: "pass --source NAME or a URL such as sqlite:data/demo.db")
            }
            let connector = try sources.connector(for: name)
            let compiler = ProjectQuestionCompiler(config: sources.config, environment: { ProcessInfo.processInfo.environment[$0] })
            let compiled = try await compiler.compile(question, on: QuestionSource(name: name, connector: connector), today: day)
            let sql = compiled.sql.bound(today: day)
            if sqlOnly {
                Console.output(sql.text + "\n" + (sql.parameters.isEmpty ? "" : "-- parameters: [" + sql.parameters.map(JSON.value).joined(separator: ", ") + "]\n"))
                return
            }
            let table = try connector.answer(compiled, today: day)
            switch format {
            case .table: Console.output("-- " + compiled.interpretation + "\n" + table.textTable)
            case .json, .csv: Console.output(format.render(table, sql: sql.text))
            }
        } catch let error as ConnectorError {
            Console.error("error: \(error.description)" + (error.hint.map { "\n  hint: \($0)" } ?? ""))
            throw ExitCode.failure
        } catch let error as any DiagnosticConvertible {
            Console.print(error.diagnostics)
            throw ExitCode.failure
        }
    }
}
