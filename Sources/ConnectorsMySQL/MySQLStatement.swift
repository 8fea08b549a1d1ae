import BICore
import CMariaDB
import Connectors

/// A prepared statement with bound parameters, read row by row without buffering the result
/// on the client. Integers and doubles arrive in binary; decimals, dates and text as text.
final class MySQLStatement: RowCursor {
    let columns: [Column]
    private let handle: UnsafeMutablePointer<MYSQL_STMT>
    private let connection: MySQLConnection
    private let sent: String
    private var binds: [MYSQL_BIND]
    private var buffers: [UnsafeMutableRawPointer]
    private let lengths: UnsafeMutablePointer<UInt>
    private let nulls: UnsafeMutablePointer<my_bool>
    private let truncated: UnsafeMutablePointer<my_bool>
    private var storage: [Kind]

    private enum Kind { case integer, unsignedInteger, real, text }

    init(connection: MySQLConnection, sql: BoundSQL) throws {
        guard let handle = mysql_stmt_init(connection.handle) else { throw connection.lastError(sent: sql.text) }
        func fail() -> ConnectorError {
            defer { mysql_stmt_close(handle) }
            return MySQLConnection.error(code: mysql_stmt_errno(handle), message: String(cString: mysql_stmt_error(handle)), sent: sql.text)
        }
        guard mysql_stmt_prepare(handle, sql.text, UInt(sql.text.utf8.count)) == 0 else { throw fail() }
        guard MySQLParameters.execute(handle, with: sql.parameters) else { throw fail() }
        var fields: [MYSQL_FIELD] = []
        if let metadata = mysql_stmt_result_metadata(handle) {
            fields = Array(UnsafeBufferPointer(start: mysql_fetch_fields(metadata), count: Int(mysql_num_fields(metadata))))
            columns = fields.map { Column(String(cString: $0.name), MySQLStatement.columnType($0)) }
            mysql_free_result(metadata)
        } else {
            columns = []
        }
        self.handle = handle
        self.connection = connection
        sent = sql.text
        let count = Swift.max(1, fields.count)
        lengths = .allocate(capacity: count)
        nulls = .allocate(capacity: count)
        truncated = .allocate(capacity: count)
        binds = []; buffers = []; storage = []
        for (index, field) in fields.enumerated() { addResultBind(for: field, type: columns[index].type, at: index) }
        guard fields.isEmpty || mysql_stmt_bind_result(handle, &binds) == 0 else { throw statementError() }
    }

    deinit {
        mysql_stmt_close(handle)
        buffers.forEach { $0.deallocate() }
        lengths.deallocate(); nulls.deallocate(); truncated.deallocate()
    }

    func next() throws -> Bool {
        guard !columns.isEmpty else { return false }
        switch mysql_stmt_fetch(handle) {
        case 0: return true
        case Int32(MYSQL_NO_DATA): return false
        case Int32(MYSQL_DATA_TRUNCATED): try refetchTruncated(); return true
        default: throw statementError()
        }
    }

    func value(at index: Int) -> Value {
        guard nulls[index] == 0 else { return .null }
        let buffer = buffers[index]
        switch storage[index] {
        case .integer: return columns[index].type == .boolean ? .boolean(buffer.load(as: Int64.self) != 0) : .integer(buffer.load(as: Int64.self))
        case .unsignedInteger: return .integer(Int64(truncatingIfNeeded: buffer.load(as: UInt64.self)))
        case .real: return .real(buffer.load(as: Double.self))
        case .text:
            let text = String(decoding: UnsafeRawBufferPointer(start: buffer, count: Int(lengths[index])), as: UTF8.self)
            switch columns[index].type {
            case .integer: return Int64(text).map(Value.integer) ?? .real(Double(text) ?? .nan)
            case .real: return Double(text).map(Value.real) ?? .text(text)
            default: return .text(text)
            }
        }
    }

    private func addResultBind(for field: MYSQL_FIELD, type: ColumnType, at index: Int) {
        let isDecimal = field.type == MYSQL_TYPE_NEWDECIMAL || field.type == MYSQL_TYPE_DECIMAL
        let kind: Kind
        switch type {
        case .integer where !isDecimal, .boolean: kind = field.flags & UInt32(UNSIGNED_FLAG) != 0 ? .unsignedInteger : .integer
        case .real where !isDecimal: kind = .real
        default: kind = .text
        }
        let size = kind == .text ? 256 : 8
        let buffer = UnsafeMutableRawPointer.allocate(byteCount: size, alignment: 8)
        var bind = MYSQL_BIND()
        bind.buffer_type = kind == .text ? MYSQL_TYPE_STRING : (kind == .real ? MYSQL_TYPE_DOUBLE : MYSQL_TYPE_LONGLONG)
        bind.is_unsigned = kind == .unsignedInteger ? 1 : 0
        bind.buffer = buffer
        bind.buffer_length = UInt(size)
        bind.length = lengths + index
        bind.is_null = nulls + index
        bind.error = truncated + index
        binds.append(bind)
        buffers.append(buffer)
        storage.append(kind)
    }

    /// Grows the buffers of text values longer than they were, and reads those columns again.
    private func refetchTruncated() throws {
        for index in columns.indices where truncated[index] != 0 && storage[index] == .text {
            let size = Int(lengths[index]) + 1
            buffers[index].deallocate()
            buffers[index] = .allocate(byteCount: size, alignment: 8)
            binds[index].buffer = buffers[index]
            binds[index].buffer_length = UInt(size)
            guard mysql_stmt_fetch_column(handle, &binds[index], UInt32(index), 0) == 0 else { throw statementError() }
        }
        guard mysql_stmt_bind_result(handle, &binds) == 0 else { throw statementError() }
    }

    /// The statement's error, or the connection's when the statement has none (a query killed while rows stream).
    private func statementError() -> ConnectorError {
        guard mysql_stmt_errno(handle) != 0 else { return connection.lastError(sent: sent) }
        return MySQLConnection.error(code: mysql_stmt_errno(handle), message: String(cString: mysql_stmt_error(handle)), sent: sent)
    }

    static func columnType(_ field: MYSQL_FIELD) -> ColumnType {
        switch field.type {
        case MYSQL_TYPE_TINY where field.length == 1: .boolean
        case MYSQL_TYPE_TINY, MYSQL_TYPE_SHORT, MYSQL_TYPE_LONG, MYSQL_TYPE_INT24, MYSQL_TYPE_LONGLONG, MYSQL_TYPE_YEAR: .integer
        case MYSQL_TYPE_FLOAT, MYSQL_TYPE_DOUBLE: .real
        case MYSQL_TYPE_DECIMAL, MYSQL_TYPE_NEWDECIMAL: field.decimals == 0 ? .integer : .real
        case MYSQL_TYPE_DATE, MYSQL_TYPE_NEWDATE: .date
        case MYSQL_TYPE_DATETIME, MYSQL_TYPE_TIMESTAMP: .timestamp
        default: .text
        }
    }
}
