import BICore
import CLibPQ
import Connectors

/// Rows of one query in libpq's single-row mode: each row arrives as it is sent, never the whole result.
final class PostgresCursor: RowCursor {
    let columns: [Column]
    private let connection: PostgresConnection
    private let sent: String
    private var current: OpaquePointer?
    /// The first result, read to learn the columns, waiting to be handed out by `next()`.
    private var pending: OpaquePointer?
    private var finished = false

    init(connection: PostgresConnection, sent: String) throws {
        self.connection = connection
        self.sent = sent
        guard let first = PQgetResult(connection.handle) else { throw ConnectorError(.sql(message: connection.lastMessage, offset: nil)) }
        let status = PQresultStatus(first)
        guard status == PGRES_SINGLE_TUPLE || status == PGRES_TUPLES_OK else {
            let error = connection.error(from: first, sent: sent)
            PQclear(first)
            PostgresCursor.drain(connection)
            throw error
        }
        columns = (0..<PQnfields(first)).map { index in
            Column(String(cString: PQfname(first, index)), PostgresCursor.columnType(oid: PQftype(first, index), modifier: PQfmod(first, index)))
        }
        pending = first
    }

    deinit {
        PQclear(current)
        PQclear(pending)
    }

    func next() throws -> Bool {
        PQclear(current)
        current = nil
        guard !finished else { return false }
        let result: OpaquePointer?
        if let pending {
            result = pending
            self.pending = nil
        } else {
            result = PQgetResult(connection.handle)
        }
        switch PQresultStatus(result) {
        case PGRES_SINGLE_TUPLE:
            current = result
            return true
        case PGRES_TUPLES_OK:
            PQclear(result)
            finish()
            return false
        default:
            let error = connection.error(from: result, sent: sent)
            PQclear(result)
            finish()
            throw error
        }
    }

    func value(at index: Int) -> Value {
        let column = Int32(index)
        guard let current, PQgetisnull(current, 0, column) == 0, let raw = PQgetvalue(current, 0, column) else { return .null }
        let text = String(cString: raw)
        switch columns[index].type {
        case .integer: return Int64(text).map(Value.integer) ?? .real(Double(text) ?? .nan)
        case .real: return Double(text).map(Value.real) ?? .text(text)
        case .boolean: return .boolean(text == "t")
        case .date, .timestamp, .text, .unknown: return .text(text)
        }
    }

    /// Stops the query if rows are still coming, and reads what is left so the connection can be reused.
    func close() {
        guard !finished else { return }
        if let cancel = PQgetCancel(connection.handle) {
            var buffer = [CChar](repeating: 0, count: 256)
            _ = PQcancel(cancel, &buffer, Int32(buffer.count))
            PQfreeCancel(cancel)
        }
        finish()
    }

    private func finish() {
        finished = true
        PostgresCursor.drain(connection)
    }

    static func drain(_ connection: PostgresConnection) {
        while let result = PQgetResult(connection.handle) { PQclear(result) }
    }

    /// SmartBI's type for a PostgreSQL type OID (see `pg_type`).
    static func columnType(oid: Oid, modifier: Int32) -> ColumnType {
        switch oid {
        case 20, 21, 23, 26: .integer
        case 700, 701: .real
        case 1700: modifier >= 4 && (modifier - 4) & 0xFFFF == 0 ? .integer : .real
        case 16: .boolean
        case 1082: .date
        case 1114, 1184: .timestamp
        default: .text
        }
    }
}
