#if canImport(Glibc)
import Glibc
#endif
import BICore
import CLibPQ
import ConnectorsPostgres
import Foundation

/// The state database on PostgreSQL (`state: postgres://user@host:5432/bi` in `bi.yml`), through
/// libpq. The password comes from the URL or, better, from `PGPASSWORD` in the environment, which
/// libpq reads itself; neither is ever printed. A dropped connection is re-opened on the next use.
final class PostgresStateDatabase: StateDatabase {
    private var handle: OpaquePointer
    var dialect: StateDialect { .postgres }

    init(url: String) throws {
        handle = try PostgresStateDatabase.connect(url)
    }

    deinit { PQfinish(handle) }

    func rows(_ sql: BoundSQL) throws -> [[Value]] {
        if PQstatus(handle) != CONNECTION_OK { PQreset(handle) }
        let text = PostgresPlaceholders.translate(sql.text).text
        var values: [UnsafeMutablePointer<CChar>?] = sql.parameters.map { value in
            switch value {
            case .null: nil
            case .boolean(let flag): strdup(flag ? "true" : "false")
            default: strdup(value.text)
            }
        }
        defer { values.forEach { free($0) } }
        // Integers are sent as int8 so `scheduled_at = $1` compares numbers; the rest the server types.
        let types: [Oid] = sql.parameters.map { if case .integer = $0 { 20 } else { 0 } }
        let result = values.withUnsafeMutableBufferPointer { buffer in
            buffer.withMemoryRebound(to: UnsafePointer<CChar>?.self) { pointers in
                PQexecParams(handle, text, Int32(sql.parameters.count), types, pointers.baseAddress, nil, nil, 0)
            }
        }
        defer { PQclear(result) }
        let status = PQresultStatus(result)
        guard status == PGRES_COMMAND_OK || status == PGRES_TUPLES_OK else {
            let message = result.flatMap { PQresultErrorField($0, Int32(UInt8(ascii: "M"))) }.map { String(cString: $0) }
                ?? String(cString: PQerrorMessage(handle))
            throw StateError(.database(message.trimmingCharacters(in: .whitespacesAndNewlines)))
        }
        return (0..<PQntuples(result)).map { row in
            (0..<PQnfields(result)).map { column in
                if PQgetisnull(result, row, column) == 1 { return .null }
                let text = String(cString: PQgetvalue(result, row, column))
                switch PQftype(result, column) {
                case 16: return .boolean(text == "t")
                case 20, 21, 23: return Int64(text).map(Value.integer) ?? .text(text)
                case 700, 701: return Double(text).map(Value.real) ?? .text(text)
                default: return .text(text)
                }
            }
        }
    }

    func transaction<T>(_ body: () throws -> T) throws -> T {
        _ = try rows("BEGIN")
        do {
            let result = try body()
            _ = try rows("COMMIT")
            return result
        } catch {
            _ = try? rows("ROLLBACK")
            throw error
        }
    }

    private static func connect(_ url: String) throws -> OpaquePointer {
        guard let connection = PQconnectdb(url) else { throw StateError(.database("libpq could not allocate a connection")) }
        guard PQstatus(connection) == CONNECTION_OK else {
            let message = String(cString: PQerrorMessage(connection)).trimmingCharacters(in: .whitespacesAndNewlines)
            PQfinish(connection)
            throw StateError(.database("cannot connect to the PostgreSQL state database: \(message)"))
        }
        PQclear(PQexec(connection, "SET application_name = 'smartbi-state'; SET client_min_messages = warning"))
        return connection
    }
}
