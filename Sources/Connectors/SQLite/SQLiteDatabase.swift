import BICore
import CSQLite

/// One connection to an SQLite file over the system libsqlite3: the thin wrapper every SQLite use
/// in SmartBI goes through (report sources, the file-source cache, the state store, demo data).
///
/// A connection may move between threads but must not be used by two at once.
public final class SQLiteDatabase: @unchecked Sendable {
    public enum Mode: Sendable {
        /// Opened read-only, with `PRAGMA query_only`: the database itself refuses writes.
        case readOnly
        case readWrite
        /// Read-write, creating the file if missing.
        case create
    }

    let handle: OpaquePointer
    public let path: String

    public init(path: String, mode: Mode) throws {
        var flags = SQLITE_OPEN_NOMUTEX | SQLITE_OPEN_URI
        switch mode {
        case .readOnly: flags |= SQLITE_OPEN_READONLY
        case .readWrite: flags |= SQLITE_OPEN_READWRITE
        case .create: flags |= SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE
        }
        var db: OpaquePointer?
        let status = sqlite3_open_v2(path, &db, flags, nil)
        guard status == SQLITE_OK, let db else {
            let message = db.map { String(cString: sqlite3_errmsg($0)) } ?? "out of memory"
            sqlite3_close_v2(db)
            throw ConnectorError(.cannotOpen("cannot open SQLite database '\(path)': \(message)"))
        }
        handle = db
        self.path = path
        sqlite3_busy_timeout(db, 5000)
        if mode == .readOnly {
            // Reads go through a memory map instead of a read() call per page, and a larger page
            // cache keeps the hot parts of the file across the many small queries of a site.
            try execute("PRAGMA query_only = 1; PRAGMA mmap_size = 1073741824; PRAGMA cache_size = -65536")
        }
    }

    deinit { sqlite3_close_v2(handle) }

    /// Runs statements that return no rows (schema, pragmas, transactions).
    public func execute(_ sql: String) throws {
        var errorMessage: UnsafeMutablePointer<CChar>?
        guard sqlite3_exec(handle, sql, nil, nil, &errorMessage) == SQLITE_OK else {
            let message = errorMessage.map { String(cString: $0) } ?? lastErrorMessage
            sqlite3_free(errorMessage)
            throw ConnectorError(.sql(message: message, offset: nil))
        }
    }

    /// Compiles `sql` and binds its parameters.
    public func prepare(_ sql: BoundSQL) throws -> SQLiteStatement {
        let statement = try SQLiteStatement(database: self, text: sql.text)
        try statement.bind(sql.parameters)
        return statement
    }

    /// Compiles `sql` without binding it: its `?` placeholders take their values at each
    /// ``SQLiteStatement/run(_:)``. For loading many rows through one statement.
    public func compile(_ sql: String) throws -> SQLiteStatement {
        try SQLiteStatement(database: self, text: sql)
    }

    /// Compiles `text` without binding anything yet: for statements run many times with ``SQLiteStatement/run(_:)``.
    public func statement(_ text: String) throws -> SQLiteStatement {
        try SQLiteStatement(database: self, text: text)
    }

    /// Runs `body` inside one transaction, committed if it returns and rolled back if it throws.
    public func transaction<T>(_ body: () throws -> T) throws -> T {
        try execute("BEGIN IMMEDIATE")
        do {
            let result = try body()
            try execute("COMMIT")
            return result
        } catch {
            try? execute("ROLLBACK")
            throw error
        }
    }

    /// The rowid of the last inserted row.
    public var lastInsertedRowID: Int64 { sqlite3_last_insert_rowid(handle) }

    /// Rows changed by the last statement.
    public var changes: Int { Int(sqlite3_changes(handle)) }

    var lastErrorMessage: String { String(cString: sqlite3_errmsg(handle)) }

    /// The error SQLite reported last, with the position it points at in the SQL, when it says.
    func lastError() -> ConnectorError {
        let raw = sqlite3_error_offset(handle)
        let message = lastErrorMessage, offset = raw >= 0 ? Int(raw) : nil
        if let range = message.firstRange(of: "no such table: ") {
            let name = String(message[range.upperBound...])
            return ConnectorError(.unknownTable(name.split(separator: ".").last.map(String.init) ?? name, message: message, offset: offset))
        }
        return ConnectorError(.sql(message: message, offset: offset))
    }
}
