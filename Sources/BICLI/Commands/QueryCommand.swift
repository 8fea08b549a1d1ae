import ArgumentParser
import BICore
import Connectors
import Foundation
import Pipeline
import Query

struct QueryCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "query",
        abstract: "Run SQL against a source and print the result.",
        discussion: "The source is a name from bi.yml or a URL such as sqlite:data/demo.db.")

    @Argument(help: "The SQL to run (read-only).") var sql: String
    @Option(help: "A source name from bi.yml, or a source URL.") var source: String?
    @Option(help: "Output format.") var format: OutputFormat = .table
    @OptionGroup var project: ProjectOptions

    func run() async throws {
        let sources = try SourceOptions.registry(project: project.project, source: source)
        do {
            let connector = try sources.connector(for: source)
            let table = try connector.collect(BoundSQL(sql), limits: sources.limits(for: source))
            Console.output(format.render(table, sql: sql))
        } catch let error as ConnectorError {
            Console.error("error: \(error.description)" + (sources.hint(for: error, on: source).map { "\n  hint: \($0)" } ?? ""))
            throw ExitCode.failure
        } catch let error as any DiagnosticConvertible {
            Console.print(error.diagnostics)
            throw ExitCode.failure
        }
    }
}

/// `--format table|json|csv` for commands that print results.
enum OutputFormat: String, ExpressibleByArgument, CaseIterable {
    case table, json, csv

    func render(_ table: ResultTable, sql: String) -> String {
        switch self {
        case .table: table.textTable
        case .json: table.json(sql: sql) + "\n"
        case .csv: table.csv
        }
    }
}

/// Finds sources for commands that take `--source`: the project's `bi.yml` when there is one,
/// else only source URLs.
enum SourceOptions {
    static func registry(project directory: String, source: String?) throws -> SourceRegistry {
        let hasConfig = FileManager.default.fileExists(atPath: Project.join(directory, "bi.yml"))
        if !hasConfig, source == nil || !(source?.contains(":") ?? false) {
            Console.error("error: no bi.yml in '\(directory)' to name sources\n  hint: pass --source with a URL such as sqlite:data/demo.db")
            throw ExitCode.failure
        }
        let project = hasConfig ? try ProjectOptions.load(directory) : Project(directory: directory, config: ProjectConfig(title: "SmartBI"))
        return SourceRegistry(config: project.config, projectDirectory: project.directory)
    }
}
