import BICore

/// A failure reading from a source. The text names the cause and the place (host, file, the
/// position in the SQL) and never the password or the bound values.
public struct ConnectorError: Error, Hashable, Sendable, CustomStringConvertible {
    public enum Reason: Hashable, Sendable {
        /// The database rejected the SQL. `offset` is the UTF-8 offset in the SQL text where it
        /// points, when it says.
        case sql(message: String, offset: Int?)
        /// The SQL names a table the source does not have.
        case unknownTable(String, message: String, offset: Int?)
        case cannotOpen(String)
        /// No server answered at the address (`host:port`).
        case unreachable(address: String, message: String)
        /// The server refused the user or the password.
        case authentication(address: String, message: String)
        /// A file source's path does not exist.
        case missingFile(String)
        case timeout(seconds: Double)
        case rowLimit(Int)
        case readOnly
        /// A file that is not valid in its format, with the line where it goes wrong.
        case malformed(file: String, line: Int, message: String)
    }

    public var reason: Reason

    public init(_ reason: Reason) { self.reason = reason }

    public var description: String {
        switch reason {
        case .sql(let message, _): message
        case .unknownTable(_, let message, _): message
        case .cannotOpen(let message): message
        case .unreachable(let address, let message): "cannot reach the database server at \(address): \(message)"
        case .authentication(let address, let message): "the database server at \(address) refused the login: \(message)"
        case .missingFile(let path): "no such file or folder: \(path)"
        case .timeout(let seconds): "the query ran longer than \(seconds.shortestText) s and was stopped"
        case .rowLimit(let rows): "the query returned more than \(rows) rows"
        case .readOnly: "report queries are read-only; this one tried to write"
        case .malformed(let file, let line, let message): "malformed file \(file):\(line): \(message)"
        }
    }

    /// What the user can do about it.
    public var hint: String? {
        switch reason {
        case .timeout: "aggregate in SQL, or raise `limits: timeout:` in bi.yml"
        case .rowLimit: "aggregate in SQL or add a LIMIT; the limit is `limits: rows:` in bi.yml"
        case .readOnly: "use SELECT (or WITH … SELECT) only"
        case .unreachable: "check that the server runs and that the host and port in the source URL are right"
        case .authentication: "check the user in the source URL and the password in the environment variable named by `password_env`"
        case .missingFile: "paths in source URLs are relative to the project folder"
        case .sql, .unknownTable, .cannotOpen, .malformed: nil
        }
    }

    /// Where in the SQL the database points, if it says.
    public var offset: Int? {
        switch reason {
        case .sql(_, let offset), .unknownTable(_, _, let offset): offset
        default: nil
        }
    }
}
