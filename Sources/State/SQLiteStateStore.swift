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
        let folder = (path as NSString).deletingLastPathComponent
        if !folder.isEmpty { try? FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true) }
        let database = try SQLiteStateStore.describing { try SQLiteDatabase(path: path, mode: .create) }
        // The file holds password hashes and secrets: readable by its owner only.
        chmod(path, 0o600)
        try SQLiteStateStore.describing {
            try database.execute("PRAGMA journal_mode = WAL")
            try database.execute("PRAGMA synchronous = NORMAL")
            try SQLiteStateStore.migrate(database)
        }
        self.database = database
    }

    /// The schema version of the database.
    public func schemaVersion() throws -> Int {
        try read { try SQLiteStateStore.appliedVersion($0) }
    }

    static func migrate(_ database: SQLiteDatabase) throws {
        try database.execute("""
            CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at BIGINT NOT NULL)
            """)
        let applied = try appliedVersion(database)
        guard applied <= StateSchema.latestVersion else {
            throw StateError(.newerSchema(found: applied, known: StateSchema.latestVersion))
        }
        let done = Set(try database.rows("SELECT version FROM schema_migrations").map(\.[0].int))
        for migration in StateSchema.migrations.sorted(by: { $0.version < $1.version }) where !done.contains(migration.version) {
            try database.transaction {
                for statement in migration.statements + migration.sqliteStatements { try database.execute(statement) }
                try database.run("INSERT INTO schema_migrations (version, name, applied_at) VALUES (\(.integer(Int64(migration.version))), \(.text(migration.name)), \(Date().storedSeconds))")
            }
        }
    }

    static func appliedVersion(_ database: SQLiteDatabase) throws -> Int {
        try database.rows("SELECT COALESCE(MAX(version), 0) FROM schema_migrations").first?.first?.int ?? 0
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
