import BICore
import Connectors
import Foundation

/// A connection to the state database that the stores speak portable SQL through: SQLite
/// (``SQLiteDatabase``) or PostgreSQL (``PostgresStateDatabase``). Values are always bound.
///
/// Not safe for two callers at once: stores hold a lock around every use.
protocol StateDatabase: AnyObject {
    var dialect: StateDialect { get }
    /// The rows a statement returns (also `INSERT … RETURNING` and `UPDATE … RETURNING`).
    func rows(_ sql: BoundSQL) throws -> [[Value]]
    /// Runs `body` in one transaction, committed when it returns and rolled back when it throws.
    func transaction<T>(_ body: () throws -> T) throws -> T
}

extension StateDatabase {
    /// Runs a statement whose rows, if any, are not needed.
    func run(_ sql: BoundSQL) throws { _ = try rows(sql) }

    /// Inside a transaction: waits until no other transaction works on `name`, until this one ends.
    /// SQLite's write transactions already take turns; PostgreSQL's take an advisory lock.
    func serialize(on name: String) throws {
        if dialect == .postgres { try run("SELECT pg_advisory_xact_lock(hashtext(\(.text(name))))") }
    }
}

/// Which SQL the state database speaks, for the few statements that differ.
enum StateDialect: Sendable {
    case sqlite, postgres

    /// Row locks for a claim: PostgreSQL skips rows another scheduler holds; SQLite locks the whole
    /// database for a write anyway.
    var skipLocked: BoundSQL { self == .postgres ? " FOR UPDATE SKIP LOCKED" : "" }
}

extension SQLiteDatabase: StateDatabase {
    var dialect: StateDialect { .sqlite }
}

/// Brings a state database up to ``StateSchema/latestVersion``, one migration per transaction.
enum StateMigrator {
    static func migrate(_ database: any StateDatabase) throws {
        try database.run("""
            CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at BIGINT NOT NULL)
            """)
        try database.transaction {
            // Two processes starting together on one PostgreSQL database: the second waits for the first.
            try database.serialize(on: "schema_migrations")
            let applied = try appliedVersion(database)
            guard applied <= StateSchema.latestVersion else {
                throw StateError(.newerSchema(found: applied, known: StateSchema.latestVersion))
            }
            // Every version not yet applied, lowest first: branches add migrations in parallel, so a
            // lower version may arrive after a higher one was applied.
            let done = Set(try database.rows("SELECT version FROM schema_migrations").map(\.[0].int))
            for migration in StateSchema.migrations.sorted(by: { $0.version < $1.version }) where !done.contains(migration.version) {
                let own = database.dialect == .sqlite ? migration.sqliteStatements : migration.postgresStatements
                for statement in migration.statements + own { try database.run(BoundSQL(statement)) }
                try database.run("""
                    INSERT INTO schema_migrations (version, name, applied_at)
                    VALUES (\(.integer(Int64(migration.version))), \(.text(migration.name)), \(Date().storedSeconds))
                    """)
            }
        }
    }

    static func appliedVersion(_ database: any StateDatabase) throws -> Int {
        try database.rows("SELECT COALESCE(MAX(version), 0) FROM schema_migrations").first?.first?.int ?? 0
    }
}
