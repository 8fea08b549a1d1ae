/// One versioned change to the state database's schema.
///
/// `statements` are portable SQL (standard types, no auto-increment, no dialect functions) that a
/// PostgreSQL store runs as they are; `sqliteStatements` are SQLite's own additions, such as the
/// triggers that make the audit log append-only (a PostgreSQL store adds its equivalents).
public struct Migration: Sendable {
    public let version: Int
    public let name: String
    public let statements: [String]
    public let sqliteStatements: [String]

    public init(version: Int, name: String, statements: [String], sqliteStatements: [String] = []) {
        self.version = version
        self.name = name
        self.statements = statements
        self.sqliteStatements = sqliteStatements
    }
}

/// The schema of the state database, as its list of migrations. Versions only ever grow:
/// a released migration is never edited, a change is a new migration. Versions may leave gaps
/// (one branch's migration may land before another's): a store applies every version it has not
/// applied yet, lowest first.
public enum StateSchema {
    public static let migrations: [Migration] = [
        Migration(version: 1, name: "accounts, second factors, sessions and trusted devices", statements: [
            """
            CREATE TABLE users (
              id TEXT PRIMARY KEY, name TEXT NOT NULL UNIQUE, role TEXT NOT NULL, groups_list TEXT NOT NULL,
              email TEXT, password_hash TEXT NOT NULL, totp_secret TEXT, totp_last_step BIGINT NOT NULL,
              failed_attempts INTEGER NOT NULL, locked_at BIGINT, created_at BIGINT NOT NULL)
            """,
            """
            CREATE TABLE recovery_codes (
              user_id TEXT NOT NULL, code_hash TEXT NOT NULL, used_at BIGINT, PRIMARY KEY (user_id, code_hash))
            """,
            """
            CREATE TABLE email_codes (
              user_id TEXT PRIMARY KEY, code_hash TEXT NOT NULL, expires_at BIGINT NOT NULL,
              failures INTEGER NOT NULL, locked_until BIGINT)
            """,
            """
            CREATE TABLE sessions (
              id_hash TEXT PRIMARY KEY, user_id TEXT NOT NULL, stage TEXT NOT NULL, csrf_token TEXT NOT NULL,
              created_at BIGINT NOT NULL, last_seen_at BIGINT NOT NULL)
            """,
            "CREATE INDEX sessions_by_user ON sessions (user_id)",
            """
            CREATE TABLE trusted_devices (
              id TEXT PRIMARY KEY, user_id TEXT NOT NULL, created_at BIGINT NOT NULL, expires_at BIGINT NOT NULL,
              revoked_at BIGINT)
            """,
        ]),
        Migration(version: 2, name: "audit log, login throttling and signing key", statements: [
            """
            CREATE TABLE audit_log (
              seq BIGINT PRIMARY KEY, at BIGINT NOT NULL, action TEXT NOT NULL, actor TEXT, target TEXT,
              ip TEXT, detail TEXT)
            """,
            "CREATE TABLE throttle (bucket TEXT PRIMARY KEY, tokens DOUBLE PRECISION NOT NULL, updated_at DOUBLE PRECISION NOT NULL)",
            "CREATE TABLE secrets (name TEXT PRIMARY KEY, value TEXT NOT NULL)",
        ], sqliteStatements: [
            "CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END",
            "CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END",
        ]),
        // Version 3 is the scheduler's.
        Migration(version: 4, name: "questions asked in bi serve: conversations, history and favourites", statements: [
            """
            CREATE TABLE ask_turns (
              conversation_id TEXT NOT NULL, turn INTEGER NOT NULL, user_id TEXT NOT NULL, source TEXT NOT NULL,
              question TEXT NOT NULL, conversation_text TEXT NOT NULL, answered INTEGER NOT NULL, asked_at BIGINT NOT NULL,
              PRIMARY KEY (conversation_id, turn))
            """,
            "CREATE INDEX ask_turns_by_user ON ask_turns (user_id, asked_at)",
            """
            CREATE TABLE ask_favourites (
              user_id TEXT NOT NULL, question TEXT NOT NULL, source TEXT NOT NULL, saved_at BIGINT NOT NULL,
              PRIMARY KEY (user_id, question))
            """,
        ]),
    ]

    /// The newest schema version this build knows.
    public static var latestVersion: Int { migrations.map(\.version).max() ?? 0 }
}
