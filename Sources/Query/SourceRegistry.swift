import BICore
import Connectors
import Foundation
import Synchronization

/// Opens each source of a project once, on first use, by name or URL, and knows each one's limits.
public final class SourceRegistry: Sendable {
    public let config: ProjectConfig
    /// The project folder: relative paths in source URLs start here.
    public let projectDirectory: String
    private let open = Mutex<[String: any Connector]>([:])
    private let environment: @Sendable (String) -> String?

    public init(config: ProjectConfig, projectDirectory: String,
                environment: @escaping @Sendable (String) -> String? = { ProcessInfo.processInfo.environment[$0] }) {
        self.config = config
        self.projectDirectory = projectDirectory
        self.environment = environment
    }

    /// The connector for a source named in `bi.yml`, or for a source URL (`sqlite:…`).
    /// - Parameter location: where the name was written, for the error.
    public func connector(for nameOrURL: String?, at location: SourceLocation? = nil) throws -> any Connector {
        let key = try resolve(nameOrURL, at: location)
        if let existing = open.withLock({ $0[key] }) { return existing }
        let connector: any Connector
        if let source = config.source(named: key) {
            let password = source.passwordEnvironmentVariable.flatMap(environment)
            connector = try describing(at: source.location) {
                try SourceOpener.open(SourceURL(parsing: source.url), key: key, options: source.options, projectDirectory: projectDirectory,
                                      password: password, environment: environment)
            }
        } else {
            connector = try describing(at: location) {
                try SourceOpener.open(SourceURL(parsing: key), key: key, options: SourceOptions(), projectDirectory: projectDirectory,
                                      password: nil, environment: environment)
            }
        }
        open.withLock { $0[key] = connector }
        return connector
    }

    /// The limits for queries on a source: its own `limits:`, then the project's, then the defaults.
    public func limits(for nameOrURL: String?) -> QueryLimits {
        let name = nameOrURL ?? config.defaultSource
        let settings = (name.flatMap(config.source(named:))?.options.limits ?? LimitSettings()).over(config.limits)
        return QueryLimits(timeout: settings.timeout ?? QueryLimits.default.timeout, maxRows: settings.rows ?? QueryLimits.default.maxRows)
    }

    /// The source name or URL a query runs on, checked.
    public func resolve(_ nameOrURL: String?, at location: SourceLocation?) throws -> String {
        guard let key = nameOrURL ?? config.defaultSource else {
            throw Diagnostic(at: location, "no source to run the query on",
                             hint: "add `source:` to the front matter or `default_source:` to bi.yml")
        }
        guard config.source(named: key) != nil || key.contains(":") else {
            throw Diagnostic(at: location, "no source named '\(key)'",
                             hint: key.closestMatch(in: config.sources.map(\.name)).map { "did you mean '\($0)'?" }
                                ?? "sources in bi.yml: \(config.sources.map(\.name).joined(separator: ", "))")
        }
        return key
    }

    /// How the source is shown in cache keys and messages: its URL without any password.
    public func description(of key: String) -> String {
        let text = config.source(named: key)?.url ?? key
        return (try? SourceURL(parsing: text).description) ?? key
    }

    /// What to do about `error` from a query on the source: for an unknown table, the closest
    /// table name the source has.
    public func hint(for error: ConnectorError, on nameOrURL: String?) -> String? {
        guard case .unknownTable(let name, _, _) = error.reason, let tables = try? connector(for: nameOrURL).tableNames() else {
            return error.hint
        }
        return name.closestMatch(in: tables).map { "did you mean '\($0)'?" }
            ?? "tables here: " + tables.prefix(20).joined(separator: ", ") + (tables.count > 20 ? ", …" : "")
    }

    private func describing<T>(at location: SourceLocation?, _ body: () throws -> T) throws -> T {
        do {
            return try body()
        } catch let error as ConnectorError {
            throw Diagnostic(at: location, error.description, hint: error.hint)
        }
    }
}
