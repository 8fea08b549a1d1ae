#if canImport(Glibc)
import Glibc
#endif
import BICore
import CLibPQ
import Connectors
import Synchronization

/// Reads a PostgreSQL database through libpq, pushing all the work down to the server.
///
/// Each query runs in its own `BEGIN READ ONLY` transaction on a read-only session, with
/// `statement_timeout` set from the limits, and its rows stream in one at a time:
///
/// ```swift
/// let source = try PostgresConnector(address: ServerAddress(parsing: "//analyst@db/sales", defaultPort: 5432),
///                                    password: ProcessInfo.processInfo.environment["WAREHOUSE_PASSWORD"])
/// let table = try source.collect("select region, sum(amount) from orders group by 1")
/// ```
public final class PostgresConnector: Connector {
    public let address: ServerAddress
    public var dialect: SQLDialect { .postgres }
    private let password: String?
    private let idle = Mutex<[PostgresConnection]>([])

    /// Connects once at once, so an unreachable server or a wrong password fails here.
    /// - Parameter password: from the environment; a password in the URL is used when this is nil.
    public init(address: ServerAddress, password: String?) throws {
        self.address = address
        self.password = password
        let first = try PostgresConnection(address: address, password: password)
        idle.withLock { $0.append(first) }
    }

    public func withCursor<T>(_ sql: BoundSQL, limits: QueryLimits, _ body: (any RowCursor) throws -> T) throws -> T {
        let connection = try idle.withLock { $0.popLast() } ?? PostgresConnection(address: address, password: password)
        defer {
            if connection.isHealthy { idle.withLock { $0.append(connection) } }
        }
        let (text, offsets) = PostgresPlaceholders.translate(sql.text)
        var textParameters: Set<Int> = []
        do {
            while true {
                try connection.execute("BEGIN READ ONLY")
                defer { try? connection.execute("ROLLBACK") }
                try connection.execute("SET LOCAL statement_timeout = \(Int((limits.timeout * 1000).rounded(.up)))")
                try send(text, parameters: sql.parameters, typedAsText: textParameters, on: connection)
                let cursor: PostgresCursor
                do {
                    cursor = try PostgresCursor(connection: connection, sent: text)
                } catch let error as ConnectorError {
                    // `$1 IS NULL` alone gives the server no type to infer: send that parameter as text and try again.
                    guard let index = PostgresConnector.untypedParameter(in: error), textParameters.insert(index).inserted else { throw error }
                    continue
                }
                defer { cursor.close() }
                return try body(cursor)
            }
        } catch let error as ConnectorError {
            switch error.reason {
            case .timeout: throw ConnectorError(.timeout(seconds: limits.timeout))
            case .sql(let message, let offset?): throw ConnectorError(.sql(message: message, offset: offsets.original(of: offset)))
            case .unknownTable(let name, let message, let offset?):
                throw ConnectorError(.unknownTable(name, message: message, offset: offsets.original(of: offset)))
            default: throw error
            }
        }
    }

    /// The server's write-ahead-log position: it moves with every committed change, so cached
    /// results stay valid exactly as long as it stands still.
    public func fingerprint() throws -> String? {
        let table = try collect("SELECT CASE WHEN pg_is_in_recovery() THEN pg_last_wal_replay_lsn() ELSE pg_current_wal_lsn() END::text, current_database()::text")
        return "postgres:" + table[0, 0].text + ":" + table[0, 1].text
    }

    /// The 0-based index of the parameter the server could not type (`could not determine data type of parameter $2`).
    static func untypedParameter(in error: ConnectorError) -> Int? {
        guard case .sql(let message, _) = error.reason, let range = message.firstRange(of: "could not determine data type of parameter $"),
              let number = Int(message[range.upperBound...].prefix { $0.isNumber }) else { return nil }
        return number - 1
    }

    private func send(_ text: String, parameters: [Value], typedAsText: Set<Int>, on connection: PostgresConnection) throws {
        // Types are left to the server (0) for text, so `date_column = $1` works with '2025-01-31'.
        let types: [Oid] = parameters.enumerated().map { index, value in
            if typedAsText.contains(index) { return 25 }
            switch value {
            case .integer: return 20
            case .real: return 701
            case .boolean: return 16
            case .text, .null: return 0
            }
        }
        var values: [UnsafeMutablePointer<CChar>?] = parameters.map { value -> UnsafeMutablePointer<CChar>? in
            switch value {
            case .null: nil
            case .boolean(let flag): strdup(flag ? "true" : "false")
            case .real(let number): strdup(number.description)
            default: strdup(value.text)
            }
        }
        defer { values.forEach { free($0) } }
        let sent = values.withUnsafeMutableBufferPointer { buffer in
            buffer.withMemoryRebound(to: UnsafePointer<CChar>?.self) { pointers in
                PQsendQueryParams(connection.handle, text, Int32(parameters.count), types, pointers.baseAddress, nil, nil, 0)
            }
        }
        guard sent == 1, PQsetSingleRowMode(connection.handle) == 1 else {
            throw ConnectorError(.sql(message: connection.lastMessage, offset: nil))
        }
    }
}
