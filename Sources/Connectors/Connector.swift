import BICore

/// A read-only source of tables that answers SQL: a database, or files presented as tables.
///
/// Connectors stream rows through a ``RowCursor``; ``Connector/collect(_:limits:)`` gathers them
/// into a ``ResultTable`` when the whole (aggregated) result is needed, as for a chart:
///
/// ```swift
/// let connector = try SQLiteConnector(path: "data/demo.db")
/// let table = try connector.collect("select region, sum(amount) from orders group by 1")
/// ```
public protocol Connector: Sendable {
    /// The SQL dialect the source speaks, for generated SQL (questions, `LIMIT 0` checks).
    var dialect: SQLDialect { get }

    /// Runs `sql` with its parameters bound by the driver and hands the open cursor to `body`.
    /// - Throws: ``ConnectorError``. Its description never includes parameter values or passwords.
    func withCursor<T>(_ sql: BoundSQL, limits: QueryLimits, _ body: (any RowCursor) throws -> T) throws -> T

    /// Tables, columns, keys, row counts and value samples, for `bi check` and questions.
    func schema() throws -> Schema

    /// The names of the tables and views queries can read, cheaply (for "did you mean" hints).
    func tableNames() throws -> [String]

    /// Text that changes whenever the data may have changed (a file's size and time, a server's
    /// log position), for the result cache; nil when the source cannot tell, so nothing is cached.
    func fingerprint() throws -> String?

    /// The columns `sql` would return, checking it against the database without reading rows
    /// (`bi check`). Types the database does not declare are `.unknown`.
    func columns(of sql: BoundSQL, limits: QueryLimits) throws -> [Column]
}

extension Connector {
    /// Runs the query wrapped in `SELECT * FROM (…) LIMIT 0`, which every SQL database plans and
    /// answers without reading rows. Error positions are mapped back to `sql`.
    public func columns(of sql: BoundSQL, limits: QueryLimits) throws -> [Column] {
        let prefix = "SELECT * FROM (\n"
        let wrapped = BoundSQL(prefix) + sql + BoundSQL("\n) AS bi_describe LIMIT 0")
        do {
            return try collect(wrapped, limits: limits).columns
        } catch let error as ConnectorError {
            guard case .sql(let message, let offset?) = error.reason else { throw error }
            throw ConnectorError(.sql(message: message, offset: Swift.max(0, offset - prefix.utf8.count)))
        }
    }

    /// Runs `sql` and collects every row, stopping with an error past `limits.maxRows`.
    public func collect(_ sql: BoundSQL, limits: QueryLimits = .default) throws -> ResultTable {
        try withCursor(sql, limits: limits) { cursor in
            var builder = ResultTable.Builder(columns: cursor.columns)
            let width = cursor.columns.count
            var rows = 0
            while try cursor.next() {
                rows += 1
                if rows > limits.maxRows { throw ConnectorError(.rowLimit(limits.maxRows)) }
                for index in 0..<width { builder.append(cursor.value(at: index)) }
            }
            return builder.build()
        }
    }
}

/// An open result, read one row at a time. Valid only inside ``Connector/withCursor(_:limits:_:)``.
public protocol RowCursor: AnyObject {
    /// The result's columns; a type is `.unknown` where the database does not declare it.
    var columns: [Column] { get }
    /// Moves to the next row; false at the end.
    func next() throws -> Bool
    /// A value of the current row.
    func value(at index: Int) -> Value
}

/// Bounds on one query, so a runaway report fails with a clear message instead of hanging.
public struct QueryLimits: Hashable, Sendable {
    /// Seconds a query may run.
    public var timeout: Double
    /// Rows a collected result may hold.
    public var maxRows: Int

    public init(timeout: Double, maxRows: Int) {
        self.timeout = timeout
        self.maxRows = maxRows
    }

    public static let `default` = QueryLimits(timeout: 300, maxRows: 1_000_000)
}
