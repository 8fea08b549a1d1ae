#if canImport(Glibc)
import Glibc
#endif
import BICore
import CLibPQ
import Connectors

/// One libpq connection. Sessions are read-only (`default_transaction_read_only`), dates come
/// as ISO text, and every query also runs in a `BEGIN READ ONLY` transaction.
///
/// A connection may move between threads but must not be used by two at once.
final class PostgresConnection: @unchecked Sendable {
    let handle: OpaquePointer

    init(address: ServerAddress, password: String?) throws {
        var parameters: [(String, String)] = [
            ("host", address.host), ("port", String(address.port)), ("application_name", "smartbi"),
            ("connect_timeout", "10"), ("client_encoding", "UTF8"),
            ("options", "-c default_transaction_read_only=on -c DateStyle=ISO -c IntervalStyle=iso_8601 -c TimeZone=UTC"),
        ]
        if let user = address.user { parameters.append(("user", user)) }
        if let database = address.database { parameters.append(("dbname", database)) }
        if let password = password ?? address.password { parameters.append(("password", password)) }
        for option in address.options { parameters.append((option.name, option.value)) }
        let connection = PostgresConnection.withCStrings(parameters.map(\.0)) { keywords in
            PostgresConnection.withCStrings(parameters.map(\.1)) { values in PQconnectdbParams(keywords, values, 0) }
        }
        guard let connection else { throw ConnectorError(.cannotOpen("libpq could not allocate a connection")) }
        guard PQstatus(connection) == CONNECTION_OK else {
            let message = String(cString: PQerrorMessage(connection))
            PQfinish(connection)
            throw PostgresConnection.connectionError(message, address: "\(address.host):\(address.port)")
        }
        handle = connection
    }

    deinit { PQfinish(handle) }

    var isHealthy: Bool { PQstatus(handle) == CONNECTION_OK && PQtransactionStatus(handle) == PQTRANS_IDLE }

    /// Runs a statement without parameters or rows (transaction control, settings).
    func execute(_ sql: String) throws {
        let result = PQexec(handle, sql)
        defer { PQclear(result) }
        let status = PQresultStatus(result)
        guard status == PGRES_COMMAND_OK || status == PGRES_TUPLES_OK else { throw error(from: result, sent: sql) }
    }

    /// Turns a failed result into a ``ConnectorError`` whose offset is a UTF-8 offset in `sent`.
    func error(from result: OpaquePointer?, sent: String) -> ConnectorError {
        guard let result else { return ConnectorError(.sql(message: lastMessage, offset: nil)) }
        func field(_ code: UInt8) -> String? { PQresultErrorField(result, Int32(code)).map { String(cString: $0) } }
        let message = field(UInt8(ascii: "M")) ?? lastMessage
        let state = field(UInt8(ascii: "C")) ?? ""
        // The position is 1-based, in characters.
        let offset = field(UInt8(ascii: "P")).flatMap(Int.init).map { position in
            sent.prefix(Swift.max(0, position - 1)).utf8.count
        }
        switch state {
        case "57014": return ConnectorError(.timeout(seconds: 0))
        case "25006": return ConnectorError(.readOnly)
        case "42P01":
            let name = message.split(separator: "\"").dropFirst().first.map(String.init) ?? ""
            return ConnectorError(.unknownTable(name, message: message, offset: offset))
        default: return ConnectorError(.sql(message: message, offset: offset))
        }
    }

    var lastMessage: String { String(cString: PQerrorMessage(handle)).trimming(" \n") }

    /// Classifies a failed connection: refused credentials or an unreachable server.
    static func connectionError(_ message: String, address: String) -> ConnectorError {
        // libpq prefixes `connection to server at "host" (ip), port N failed: `; keep the cause.
        let lines = message.split(separator: "\n").map { $0.trimming(" \t") }
        let cause = lines.first.map { line in line.firstRange(of: "failed: ").map { String(line[$0.upperBound...]) } ?? line } ?? message
        if cause.contains("authentication failed") || cause.contains("no password supplied") || cause.contains("pg_hba.conf")
            || cause.contains("does not exist") && cause.contains("role") {
            return ConnectorError(.authentication(address: address, message: cause))
        }
        return ConnectorError(.unreachable(address: address, message: cause))
    }

    private static func withCStrings<T>(_ strings: [String], _ body: ([UnsafePointer<CChar>?]) -> T) -> T {
        var pointers: [UnsafeMutablePointer<CChar>?] = strings.map { strdup($0) }
        defer { pointers.forEach { free($0) } }
        pointers.append(nil)
        return body(pointers.map { UnsafePointer($0) })
    }
}
