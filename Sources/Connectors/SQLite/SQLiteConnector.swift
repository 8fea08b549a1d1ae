import BICore
import CSQLite
import Synchronization

/// Reads an SQLite file, read-only, with a small pool of connections so independent queries
/// can run in parallel.
public final class SQLiteConnector: Connector {
    public let path: String
    public var dialect: SQLDialect { .sqlite }
    private let idle = Mutex<[SQLiteDatabase]>([])

    /// Opens one connection at once, so a missing or unreadable file fails here.
    public init(path: String) throws {
        self.path = path
        let first = try SQLiteDatabase(path: path, mode: .readOnly)
        idle.withLock { $0.append(first) }
    }

    public func withCursor<T>(_ sql: BoundSQL, limits: QueryLimits, _ body: (any RowCursor) throws -> T) throws -> T {
        try withStatement(sql, limits: limits, body)
    }

    /// ``withCursor(_:limits:_:)`` with the statement itself, for reading SQLite's values directly.
    func withStatement<T>(_ sql: BoundSQL, limits: QueryLimits, _ body: (SQLiteStatement) throws -> T) throws -> T {
        let database = try idle.withLock { $0.popLast() } ?? SQLiteDatabase(path: path, mode: .readOnly)
        defer { idle.withLock { $0.append(database) } }
        let statement = try database.prepare(sql)
        guard statement.isReadOnly else { throw ConnectorError(.readOnly) }
        let watchdog = Deadline(seconds: limits.timeout)
        // SQLite holds an unretained pointer to the deadline while the query runs: keep it alive
        // until the handler is removed.
        return try withExtendedLifetime(watchdog) {
            watchdog.install(on: database)
            defer { Deadline.remove(from: database) }
            do {
                return try body(statement)
            } catch where watchdog.expired {
                throw ConnectorError(.timeout(seconds: limits.timeout))
            }
        }
    }

    /// The database file's size and modification time, and its write-ahead log's.
    public func fingerprint() throws -> String? {
        guard let file = FileFingerprint.of(path) else { return nil }
        return "sqlite:" + file + ":" + (FileFingerprint.of(path + "-wal") ?? "")
    }
}

extension SQLiteConnector {
    /// Prepares the statement, which checks tables and columns, and reads its columns without
    /// stepping it: no row is read.
    public func columns(of sql: BoundSQL, limits: QueryLimits) throws -> [Column] {
        try withCursor(sql, limits: limits) { $0.columns }
    }
}

/// Interrupts a query that runs past its time limit, through SQLite's progress handler.
final class Deadline: @unchecked Sendable {
    private let end: ContinuousClock.Instant
    private(set) var expired = false

    init(seconds: Double) { end = .now + .milliseconds(Int64(seconds * 1000)) }

    func install(on database: SQLiteDatabase) {
        let context = Unmanaged.passUnretained(self).toOpaque()
        sqlite3_progress_handler(database.handle, 20_000, { context in
            let deadline = Unmanaged<Deadline>.fromOpaque(context!).takeUnretainedValue()
            if ContinuousClock.now >= deadline.end { deadline.expired = true }
            return deadline.expired ? 1 : 0
        }, context)
    }

    static func remove(from database: SQLiteDatabase) {
        sqlite3_progress_handler(database.handle, 0, nil, nil)
    }
}
