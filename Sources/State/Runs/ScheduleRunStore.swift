import BICore
import Foundation

/// The run history and job queue of the scheduler, in the state database (SQLite or PostgreSQL).
///
/// A run is claimed before it starts (a row keyed by job and scheduled time, with a lease), its
/// message id is recorded before the email goes out, and it is confirmed after. Every change after
/// the claim is fenced by the claim's generation, so of two schedulers only the one holding the
/// run can move it on.
///
/// ```swift
/// let runs = try ScheduleRunStore.open("postgres://bi@db/state", projectDirectory: ".")
/// if let claim = try runs.claim(job: "sales", scheduledAt: monday7am, owner: "host:42", now: Date(), lease: 600) {
///     guard try runs.markSending(claim, messageID: id, now: Date(), lease: 600) else { return }   // taken over
///     try await mailer.send(message)
///     try runs.markSent(claim, now: Date())
/// }
/// ```
public final class ScheduleRunStore: @unchecked Sendable {
    // Every use of `database` holds `lock`.
    private let database: any StateDatabase
    private let lock = NSLock()

    init(database: any StateDatabase) throws {
        try StateMigrator.migrate(database)
        self.database = database
    }

    /// Opens the state database at `location` (`sqlite:PATH`, a path, or `postgres://…`) and migrates it.
    public static func open(_ location: String, projectDirectory: String) throws -> ScheduleRunStore {
        if StateLocation.isPostgres(location) {
            return try ScheduleRunStore(database: PostgresStateDatabase(url: location))
        }
        let path = try StateLocation.sqlitePath(location, projectDirectory: projectDirectory)
        return try ScheduleRunStore(database: SQLStateStore.openDatabase(path: path))
    }

    // MARK: - Claims

    /// Claims `job`'s run for `scheduledAt`, unless a scheduler has claimed it before (then nil).
    public func claim(job: String, scheduledAt: Date, owner: String, now: Date, lease: Int) throws -> RunClaim? {
        let key = ScheduleRun.key(job: job, scheduledAt: scheduledAt)
        let rows = try use { try $0.rows("""
            INSERT INTO schedule_runs (run_key, job, scheduled_at, status, attempts, generation, owner, lease_until, started_at)
            VALUES (\(.text(key)), \(.text(job)), \(scheduledAt.storedSeconds), 'running', 1, 1, \(.text(owner)),
                    \(now.addingTimeInterval(Double(lease)).storedSeconds), \(now.storedSeconds))
            ON CONFLICT (run_key) DO NOTHING RETURNING generation
            """) }
        guard let generation = rows.first?.first?.number else { return nil }
        return RunClaim(key: key, job: job, scheduledAt: scheduledAt, attempt: 1, generation: Int64(generation))
    }

    /// Claims up to `limit` runs that are due again: retries whose time has come, and runs whose
    /// scheduler's lease ran out (it crashed, or lost its connection) before confirming them.
    public func claimDueRetries(owner: String, now: Date, lease: Int, limit: Int) throws -> [RunClaim] {
        let dialect = database.dialect
        let rows = try use { database in try database.transaction { try database.rows("""
            UPDATE schedule_runs SET status = 'running', attempts = attempts + 1, generation = generation + 1,
                   owner = \(.text(owner)), lease_until = \(now.addingTimeInterval(Double(lease)).storedSeconds),
                   next_attempt_at = NULL, started_at = \(now.storedSeconds)
            WHERE run_key IN (
                SELECT run_key FROM schedule_runs
                WHERE (status = 'retrying' AND next_attempt_at <= \(now.storedSeconds))
                   OR (status IN ('running', 'sending') AND lease_until <= \(now.storedSeconds))
                ORDER BY scheduled_at LIMIT \(.integer(Int64(limit)))\(dialect.skipLocked))
              AND ((status = 'retrying' AND next_attempt_at <= \(now.storedSeconds))
                   OR (status IN ('running', 'sending') AND lease_until <= \(now.storedSeconds)))
            RETURNING run_key, job, scheduled_at, attempts, generation, message_id
            """) } }
        return rows.compactMap { row in
            guard let scheduled = row[2].date, let generation = row[4].number else { return nil }
            return RunClaim(key: row[0].text, job: row[1].text, scheduledAt: scheduled, attempt: row[3].int,
                            generation: Int64(generation), messageID: row[5].string)
        }
    }

    // MARK: - Moving a claimed run on

    /// Records the message id before sending and renews the lease. False when another scheduler
    /// has taken the run over: then this one must not send.
    public func markSending(_ claim: RunClaim, messageID: String, now: Date, lease: Int) throws -> Bool {
        try fenced(claim, """
            status = 'sending', message_id = \(.text(messageID)), lease_until = \(now.addingTimeInterval(Double(lease)).storedSeconds)
            """)
    }

    /// Confirms a sent email.
    @discardableResult
    public func markSent(_ claim: RunClaim, now: Date) throws -> Bool {
        try fenced(claim, "status = 'sent', finished_at = \(now.storedSeconds), error = NULL, lease_until = NULL")
    }

    /// Ends a run that had nothing to send (an alert whose condition did not hold), with a note.
    @discardableResult
    public func markQuiet(_ claim: RunClaim, note: String, now: Date) throws -> Bool {
        try fenced(claim, "status = 'quiet', finished_at = \(now.storedSeconds), error = \(.text(note)), lease_until = NULL")
    }

    /// Records a failed attempt: retried at `retryAt`, or failed for good when that is nil.
    @discardableResult
    public func markFailed(_ claim: RunClaim, error: String, retryAt: Date?, now: Date) throws -> Bool {
        if let retryAt {
            return try fenced(claim, """
                status = 'retrying', error = \(.text(error)), next_attempt_at = \(retryAt.storedSeconds), lease_until = NULL
                """)
        }
        return try fenced(claim, "status = 'failed', error = \(.text(error)), finished_at = \(now.storedSeconds), lease_until = NULL")
    }

    /// Records a firing that was missed and is not caught up; nothing happens if it has a row already.
    public func recordSkipped(job: String, scheduledAt: Date, note: String, now: Date) throws {
        _ = try use { try $0.rows("""
            INSERT INTO schedule_runs (run_key, job, scheduled_at, status, attempts, generation, finished_at, error)
            VALUES (\(.text(ScheduleRun.key(job: job, scheduledAt: scheduledAt))), \(.text(job)), \(scheduledAt.storedSeconds),
                    'skipped', 0, 1, \(now.storedSeconds), \(.text(note)))
            ON CONFLICT (run_key) DO NOTHING
            """) }
    }

    // MARK: - History

    /// The newest scheduled time `job` has a run for (claimed, done or skipped).
    public func latestScheduledTime(job: String) throws -> Date? {
        try use { try $0.rows("SELECT MAX(scheduled_at) FROM schedule_runs WHERE job = \(.text(job))") }.first?.first?.date
    }

    /// When `job` last sent an email (for alert cooldowns).
    public func lastSent(job: String) throws -> Date? {
        try use { try $0.rows("SELECT MAX(finished_at) FROM schedule_runs WHERE job = \(.text(job)) AND status = 'sent'") }
            .first?.first?.date
    }

    /// The newest runs first, of one job or of all.
    public func runs(job: String? = nil, limit: Int = 100) throws -> [ScheduleRun] {
        let filter: BoundSQL = job.map { "WHERE job = \(.text($0))" } ?? ""
        let rows = try use { try $0.rows("""
            SELECT run_key, job, scheduled_at, status, attempts, owner, started_at, finished_at, next_attempt_at, error, message_id
            FROM schedule_runs \(filter) ORDER BY scheduled_at DESC, job LIMIT \(.integer(Int64(limit)))
            """) }
        return rows.compactMap { row in
            guard let scheduled = row[2].date, let status = ScheduleRun.Status(rawValue: row[3].text) else { return nil }
            return ScheduleRun(key: row[0].text, job: row[1].text, scheduledAt: scheduled, status: status, attempts: row[4].int,
                               owner: row[5].string, startedAt: row[6].date, finishedAt: row[7].date, nextAttemptAt: row[8].date,
                               error: row[9].string, messageID: row[10].string)
        }
    }

    // MARK: - Internals

    /// Updates the claimed row only while the claim's generation still holds it.
    private func fenced(_ claim: RunClaim, _ assignments: BoundSQL) throws -> Bool {
        let rows = try use { try $0.rows("""
            UPDATE schedule_runs SET \(assignments)
            WHERE run_key = \(.text(claim.key)) AND generation = \(.integer(claim.generation)) RETURNING run_key
            """) }
        return !rows.isEmpty
    }

    private func use<T>(_ body: (any StateDatabase) throws -> T) throws -> T {
        try lock.withLock { try SQLStateStore.describing { try body(database) } }
    }
}
