import BICore
import Connectors
import Foundation

/// The state database in an SQLite file (`state: sqlite:.bi/state.sqlite` in `bi.yml`).
///
/// ```swift
/// let store = try SQLiteStateStore(path: ".bi/state.sqlite")   // creates and migrates it
/// try store.append(AuditEvent(action: .userAdded, actor: "cli", target: "ann"))
/// ```
/// One connection, used by one caller at a time; WAL mode lets `bi users` change accounts while
/// `bi serve` runs.
public final class SQLiteStateStore: StateStore, @unchecked Sendable {
    // Every use of `database` holds `lock`.
    private let database: SQLiteDatabase
    private let lock = NSLock()
    public let path: String

    /// Opens (creating folders and file as needed) and migrates the database at `path`.
    public init(path: String) throws {
        self.path = path
        database = try SQLiteStateStore.openDatabase(path: path)
    }

    /// Opens (creating folders and file as needed), sets up and migrates the SQLite file at `path`.
    static func openDatabase(path: String) throws -> SQLiteDatabase {
        let folder = (path as NSString).deletingLastPathComponent
        if !folder.isEmpty { try? FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true) }
        let database = try SQLiteStateStore.describing { try SQLiteDatabase(path: path, mode: .create) }
        // The file holds password hashes and secrets: readable by its owner only.
        chmod(path, 0o600)
        try SQLiteStateStore.describing {
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
    func read<T>(_ body: (SQLiteDatabase) throws -> T) throws -> T {
        try lock.withLock { try SQLiteStateStore.describing { try body(database) } }
    }

    /// Like ``read(_:)``, inside one transaction.
    func write<T>(_ body: (SQLiteDatabase) throws -> T) throws -> T {
        try lock.withLock { try SQLiteStateStore.describing { try database.transaction { try body(database) } } }
    }

    static func describing<T>(_ body: () throws -> T) throws -> T {
        do {
            return try body()
        } catch let error as ConnectorError {
            throw StateError(.database(error.description))
        }
    }
}
