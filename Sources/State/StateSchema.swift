/// One versioned change to the state database's schema.
///
/// `statements` are portable SQL (standard types, no auto-increment, no dialect functions) that
/// both databases run as they are; `sqliteStatements` and `postgresStatements` are each one's own
/// additions, such as the triggers that make the audit log append-only.
public struct Migration: Sendable {
    public let version: Int
    public let name: String
    public let statements: [String]
    public let sqliteStatements: [String]
    public let postgresStatements: [String]

    public init(version: Int, name: String, statements: [String], sqliteStatements: [String] = [], postgresStatements: [String] = []) {
        self.version = version
        self.name = name
        self.statements = statements
        self.sqliteStatements = sqliteStatements
        self.postgresStatements = postgresStatements
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
        ], postgresStatements: [
            "CREATE FUNCTION audit_log_append_only() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RAISE EXCEPTION 'the audit log is append-only'; END $$",
            "CREATE TRIGGER audit_log_append_only BEFORE UPDATE OR DELETE ON audit_log FOR EACH ROW EXECUTE FUNCTION audit_log_append_only()",
        ]),
        Migration(version: 3, name: "scheduled runs: history, idempotency keys and leases", statements: [
            // One row per job and scheduled time: the key is recorded before anything is sent.
            """
            CREATE TABLE schedule_runs (
              run_key TEXT PRIMARY KEY, job TEXT NOT NULL, scheduled_at BIGINT NOT NULL, status TEXT NOT NULL,
              attempts INTEGER NOT NULL, generation BIGINT NOT NULL, owner TEXT, lease_until BIGINT, next_attempt_at BIGINT,
              started_at BIGINT, finished_at BIGINT, error TEXT, message_id TEXT)
            """,
            "CREATE INDEX schedule_runs_by_job ON schedule_runs (job, scheduled_at)",
            "CREATE INDEX schedule_runs_by_status ON schedule_runs (status, next_attempt_at)",
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
