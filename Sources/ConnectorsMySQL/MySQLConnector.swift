import BICore
import CMariaDB
import Connectors
import Synchronization

/// Reads a MySQL or MariaDB database through libmariadb, pushing all the work down to the server.
///
/// Each query is a server-side prepared statement with bound parameters, run in its own
/// `START TRANSACTION READ ONLY` with the server's statement time limit, its rows read unbuffered:
///
/// ```swift
/// let source = try MySQLConnector(address: ServerAddress(parsing: "//analyst@db/shop", defaultPort: 3306), password: secret)
/// let table = try source.collect("select region, sum(amount) from orders group by 1")
/// ```
public final class MySQLConnector: Connector {
    public let address: ServerAddress
    public var dialect: SQLDialect { .mysql }
    private let password: String?
    private let idle = Mutex<[MySQLConnection]>([])

    /// Connects once at once, so an unreachable server or a wrong password fails here.
    public init(address: ServerAddress, password: String?) throws {
        guard address.database != nil else {
            throw ConnectorError(.cannotOpen("the MySQL source URL names no database: add it after the host, as in mysql://user@host:3306/shop"))
        }
        self.address = address
        self.password = password
        let first = try MySQLConnection(address: address, password: password)
        idle.withLock { $0.append(first) }
    }

    public func withCursor<T>(_ sql: BoundSQL, limits: QueryLimits, _ body: (any RowCursor) throws -> T) throws -> T {
        let connection = try idle.withLock { $0.popLast() } ?? MySQLConnection(address: address, password: password)
        var healthy = true
        defer { if healthy { idle.withLock { $0.append(connection) } } }
        do {
            try connection.execute(connection.isMariaDB
                ? "SET SESSION max_statement_time = \(limits.timeout)"
                : "SET SESSION max_execution_time = \(Int((limits.timeout * 1000).rounded(.up)))")
            try connection.execute("START TRANSACTION READ ONLY")
            defer { if (try? connection.execute("ROLLBACK")) == nil { healthy = false } }
            let statement = try MySQLStatement(connection: connection, sql: sql)
            return try body(statement)
        } catch let error as ConnectorError {
            if case .timeout = error.reason { throw ConnectorError(.timeout(seconds: limits.timeout)) }
            throw error
        }
    }

    /// MariaDB's InnoDB log sequence number, which moves with every change; nil on servers
    /// that do not show it (then results from this source are not cached).
    public func fingerprint() throws -> String? {
        let table = try collect("SELECT VARIABLE_VALUE, DATABASE() FROM information_schema.GLOBAL_STATUS WHERE VARIABLE_NAME = 'INNODB_LSN_CURRENT'")
        guard table.rowCount == 1 else { return nil }
        return "mysql:" + table[0, 0].text + ":" + table[0, 1].text
    }
}
