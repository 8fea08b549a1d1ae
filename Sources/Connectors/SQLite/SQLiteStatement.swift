import BICore
import CSQLite

/// A compiled statement: bind, step, read typed columns. Also the ``RowCursor`` of SQLite results.
public final class SQLiteStatement: RowCursor {
    let database: SQLiteDatabase
    let handle: OpaquePointer
    public let columns: [Column]
    let declaredBoolean: [Bool]

    init(database: SQLiteDatabase, text: String) throws {
        var statement: OpaquePointer?
        guard sqlite3_prepare_v2(database.handle, text, -1, &statement, nil) == SQLITE_OK, let statement else {
            throw database.lastError()
        }
        self.database = database
        handle = statement
        let count = Int(sqlite3_column_count(statement))
        var columns: [Column] = []
        var booleans: [Bool] = []
        for index in 0..<count {
            let name = String(cString: sqlite3_column_name(statement, Int32(index)))
            let declared = sqlite3_column_decltype(statement, Int32(index)).map { String(cString: $0) }
            let type = SQLiteStatement.columnType(declared: declared)
            columns.append(Column(name, type))
            booleans.append(type == .boolean)
        }
        self.columns = columns
        declaredBoolean = booleans
    }

    deinit { sqlite3_finalize(handle) }

    /// Whether the statement leaves the database unchanged.
    public var isReadOnly: Bool { sqlite3_stmt_readonly(handle) != 0 }

    /// Binds `values` to the `?` placeholders, in order.
    public func bind(_ values: [Value]) throws {
        try bind(values, followedBy: 0)
    }

    /// Binds `values` to the first placeholders, leaving `extra` more for the caller.
    private func bind(_ values: [Value], followedBy extra: Int) throws {
        let expected = Int(sqlite3_bind_parameter_count(handle)) - extra
        guard values.count == expected else {
            throw ConnectorError(.sql(message: "the query has \(expected) parameters but \(values.count) values were given", offset: nil))
        }
        for (offset, value) in values.enumerated() {
            let index = Int32(offset + 1)
            let status: Int32
            switch value {
            case .null: status = sqlite3_bind_null(handle, index)
            case .integer(let number): status = sqlite3_bind_int64(handle, index, number)
            case .real(let number): status = sqlite3_bind_double(handle, index, number)
            case .boolean(let flag): status = sqlite3_bind_int64(handle, index, flag ? 1 : 0)
            case .text(let text): status = sqlite3_bind_text(handle, index, text, -1, SQLiteStatement.transient)
            }
            guard status == SQLITE_OK else { throw database.lastError() }
        }
    }

    /// Runs a statement that returns no rows, then resets it for another use.
    public func run(_ values: [Value]) throws {
        sqlite3_reset(handle)
        try bind(values)
        guard sqlite3_step(handle) == SQLITE_DONE else { throw database.lastError() }
    }

    /// Like ``run(_:)``, with `blob` bound to the placeholder after the values.
    public func run(_ values: [Value], blob: [UInt8]) throws {
        sqlite3_reset(handle)
        try bind(values, followedBy: 1)
        guard sqlite3_bind_blob(handle, Int32(values.count + 1), blob, Int32(blob.count), SQLiteStatement.transient) == SQLITE_OK,
              sqlite3_step(handle) == SQLITE_DONE else { throw database.lastError() }
    }

    /// The bytes of a BLOB in the current row; nil for NULL.
    public func blob(at index: Int) -> [UInt8]? {
        guard sqlite3_column_type(handle, Int32(index)) != SQLITE_NULL else { return nil }
        let count = Int(sqlite3_column_bytes(handle, Int32(index)))
        guard count > 0, let bytes = sqlite3_column_blob(handle, Int32(index)) else { return [] }
        return Array(UnsafeRawBufferPointer(start: bytes, count: count))
    }

    public func next() throws -> Bool {
        switch sqlite3_step(handle) {
        case SQLITE_ROW: return true
        case SQLITE_DONE: return false
        default: throw database.lastError()
        }
    }

    public func value(at index: Int) -> Value {
        let column = Int32(index)
        switch sqlite3_column_type(handle, column) {
        case SQLITE_NULL: return .null
        case SQLITE_INTEGER:
            let number = sqlite3_column_int64(handle, column)
            return declaredBoolean[index] ? .boolean(number != 0) : .integer(number)
        case SQLITE_FLOAT: return .real(sqlite3_column_double(handle, column))
        default:
            guard let bytes = sqlite3_column_text(handle, column) else { return .null }
            let count = Int(sqlite3_column_bytes(handle, column))
            return .text(String(decoding: UnsafeBufferPointer(start: bytes, count: count), as: UTF8.self))
        }
    }

    /// Maps a declared column type to SmartBI's, by SQLite's own affinity rules plus date names.
    static func columnType(declared: String?) -> ColumnType {
        guard let declared = declared?.uppercased() else { return .unknown }
        if declared.contains("BOOL") { return .boolean }
        if declared.contains("TIMESTAMP") || declared.contains("DATETIME") { return .timestamp }
        if declared.contains("DATE") { return .date }
        if declared.contains("INT") { return .integer }
        if declared.contains("CHAR") || declared.contains("CLOB") || declared.contains("TEXT") { return .text }
        if declared.contains("REAL") || declared.contains("FLOA") || declared.contains("DOUB")
            || declared.contains("NUMERIC") || declared.contains("DECIMAL") { return .real }
        return .unknown
    }

    static let transient = unsafeBitCast(-1, to: sqlite3_destructor_type.self)
}
