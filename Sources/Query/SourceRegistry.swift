import BICore
import Connectors
import Foundation
import Synchronization

/// Opens each source of a project once, on first use, by name or URL.
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
        guard let key = nameOrURL ?? config.defaultSource else {
            throw Diagnostic(at: location, "no source to run the query on",
                             hint: "add `source:` to the front matter or `default_source:` to bi.yml")
        }
        if let existing = open.withLock({ $0[key] }) { return existing }
        let connector: any Connector
        if let source = config.source(named: key) {
            let password = source.passwordEnvironmentVariable.flatMap(environment)
            connector = try describing(at: source.location) {
                try ConnectorFactory.open(SourceURL(parsing: source.url), baseDirectory: projectDirectory, password: password)
            }
        } else if key.contains(":") {
            connector = try describing(at: location) {
                try ConnectorFactory.open(SourceURL(parsing: key), baseDirectory: projectDirectory)
            }
        } else {
            throw Diagnostic(at: location, "no source named '\(key)'",
                             hint: key.closestMatch(in: config.sources.map(\.name)).map { "did you mean '\($0)'?" }
                                ?? "sources in bi.yml: \(config.sources.map(\.name).joined(separator: ", "))")
        }
        open.withLock { $0[key] = connector }
        return connector
    }

    private func describing<T>(at location: SourceLocation?, _ body: () throws -> T) throws -> T {
        do {
            return try body()
        } catch let error as ConnectorError {
            throw Diagnostic(at: location, error.description, hint: error.hint)
        }
    }
}
