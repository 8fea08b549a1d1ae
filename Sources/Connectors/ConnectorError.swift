import BICore

/// A failure reading from a source. The text names the cause and the place (host, file, the
/// position in the SQL) and never the password or the bound values.
public struct ConnectorError: Error, Hashable, Sendable, CustomStringConvertible {
    public enum Reason: Hashable, Sendable {
        /// The database rejected the SQL. `offset` is the UTF-8 offset in the SQL text where it
        /// points, when it says.
        case sql(message: String, offset: Int?)
        case cannotOpen(String)
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
        case .cannotOpen(let message): message
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
        case .sql, .cannotOpen, .malformed: nil
        }
    }
}
