import BICore
import Connectors
import Foundation

/// The state database in SQL: an SQLite file (`state: sqlite:.bi/state.sqlite` in `bi.yml`) or a
/// PostgreSQL database (`state: postgres://…`) that several servers share. Both speak the same
/// portable SQL (see ``StateSchema``).
///
/// ```swift
/// let store = try SQLStateStore(path: ".bi/state.sqlite")   // creates and migrates it
/// try store.append(AuditEvent(action: .userAdded, actor: "cli", target: "ann"))
/// ```
/// One connection, used by one caller at a time; on SQLite, WAL mode lets `bi users` change accounts
/// while `bi serve` runs.
public final class SQLStateStore: StateStore, @unchecked Sendable {
    // Every use of `database` holds `lock`.
    private let database: any StateDatabase
    private let lock = NSLock()
    /// The SQLite file; nil on PostgreSQL.
    public let path: String?

    /// Opens (creating folders and file as needed) and migrates the SQLite database at `path`.
    public init(path: String) throws {
        self.path = path
        database = try SQLStateStore.openDatabase(path: path)
    }

    /// Connects to and migrates the PostgreSQL database at `url` (`postgres://user@host:5432/name`;
    /// the password from `PGPASSWORD` or the URL).
    public init(postgresURL url: String) throws {
        path = nil
        database = try PostgresStateDatabase(url: url)
        try SQLStateStore.describing { try StateMigrator.migrate(database) }
    }

    /// Opens (creating folders and file as needed), sets up and migrates the SQLite file at `path`.
    static func openDatabase(path: String) throws -> SQLiteDatabase {
        let folder = (path as NSString).deletingLastPathComponent
        if !folder.isEmpty { try? FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true) }
        let database = try SQLStateStore.describing { try SQLiteDatabase(path: path, mode: .create) }
        // The file holds password hashes and secrets: readable by its owner only.
        chmod(path, 0o600)
        try SQLStateStore.describing {
            try database.execute("PRAGMA journal_mode = WAL")
            try database.execute("PRAGMA synchronous = NORMAL")
            try StateMigrator.migrate(database)
        }
        return database
    }

    /// The schema version of the database.
    public func schemaVersion() throws -> Int {
        try read { try StateMigrator.appliedVersion($0) }
    }

    /// Runs `body` with the connection, turning database errors into ``StateError``.
    func read<T>(_ body: (any StateDatabase) throws -> T) throws -> T {
        try lock.withLock { try SQLStateStore.describing { try body(database) } }
    }

    /// Like ``read(_:)``, inside one transaction.
    func write<T>(_ body: (any StateDatabase) throws -> T) throws -> T {
        try lock.withLock { try SQLStateStore.describing { try database.transaction { try body(database) } } }
    }

    static func describing<T>(_ body: () throws -> T) throws -> T {
        do {
            return try body()
        } catch let error as ConnectorError {
            throw StateError(.database(error.description))
        }
    }
}
