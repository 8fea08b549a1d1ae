import BICore
import Connectors
import Foundation
import State
import Testing
import TestSupport

@Suite struct StateStoreTests {
    @Test func migrationsRunOnceAndRecordTheirVersion() throws {
        let fixture = try StateFixture()
        #expect(try fixture.store.schemaVersion() == StateSchema.latestVersion)
        let reopened = try SQLStateStore(path: fixture.path)
        #expect(try reopened.schemaVersion() == StateSchema.latestVersion)
        let database = try SQLiteDatabase(path: fixture.path, mode: .readOnly)
        let statement = try database.prepare("SELECT version, name FROM schema_migrations ORDER BY version")
        var versions: [Int64] = []
        while try statement.next() { if case .integer(let version) = statement.value(at: 0) { versions.append(version) } }
        #expect(versions == [1, 2, 3, 4])
    }

    /// Branches add migrations in parallel (the Ask page's 4 landed before the scheduler's 3): a
    /// version missing below the newest applied one is still applied.
    @Test func aMissingVersionBelowTheNewestIsApplied() throws {
        let fixture = try StateFixture()
        let database = try SQLiteDatabase(path: fixture.path, mode: .readWrite)
        try database.execute("DROP TABLE schedule_runs; DELETE FROM schema_migrations WHERE version = 3")
        let reopened = try SQLStateStore(path: fixture.path)
        #expect(try reopened.schemaVersion() == StateSchema.latestVersion)
        #expect(try database.prepare("SELECT count(*) FROM schedule_runs").next())
    }

    @Test func aDatabaseFromANewerBiIsRefused() throws {
        let fixture = try StateFixture()
        let database = try SQLiteDatabase(path: fixture.path, mode: .readWrite)
        try database.execute("INSERT INTO schema_migrations VALUES (99, 'future', 0)")
        #expect(throws: StateError(.newerSchema(found: 99, known: StateSchema.latestVersion))) { try SQLStateStore(path: fixture.path) }
    }

    @Test func theAuditLogIsAppendOnly() throws {
        let fixture = try StateFixture()
        try fixture.store.append(AuditEvent(action: .userAdded, actor: "cli", target: "ann"))
        try fixture.store.append(AuditEvent(action: .userRemoved, actor: "cli", target: "ann"))
        let events = try fixture.store.auditEvents(limit: 10, before: nil)
        #expect(events.map(\.sequence) == [2, 1])
        #expect(events.map(\.action) == [.userRemoved, .userAdded])
        let database = try SQLiteDatabase(path: fixture.path, mode: .readWrite)
        #expect(throws: ConnectorError(.sql(message: "the audit log is append-only", offset: nil))) {
            try database.execute("UPDATE audit_log SET actor = 'mallory'")
        }
        #expect(throws: ConnectorError(.sql(message: "the audit log is append-only", offset: nil))) {
            try database.execute("DELETE FROM audit_log")
        }
        #expect(try fixture.store.auditEvents(limit: 1, before: 2).map(\.target) == ["ann"])
    }

    @Test func passwordsAreStoredAsBcryptHashesOnly() async throws {
        let fixture = try StateFixture()
        let user = try await fixture.addUser("ann")
        let hash = try #require(try fixture.store.passwordHash(userID: user.id))
        #expect(hash.hasPrefix("$2b$04$"))
        #expect(!hash.contains(StateFixture.password))
        let file = try Data(contentsOf: URL(fileURLWithPath: fixture.path))
        #expect(file.range(of: Data(StateFixture.password.utf8)) == nil)
        let attributes = try FileManager.default.attributesOfItem(atPath: fixture.path)
        #expect((attributes[.posixPermissions] as? Int) == 0o600)
    }

    @Test func theDefaultCostIsTwelve() {
        #expect(PasswordPolicy().cost == 12)
        #expect(PasswordPolicy().minimumLength == 12)
    }

    @Test func throttleBucketsRefillOverTime() throws {
        let fixture = try StateFixture()
        let start = Date(timeIntervalSince1970: 1000)
        let taken = try (0..<4).map { _ in try fixture.store.takeToken(key: "ip", capacity: 3, perSecond: 0.1, now: start) }
        #expect(taken == [true, true, true, false])
        #expect(try fixture.store.takeToken(key: "other", capacity: 3, perSecond: 0.1, now: start))
        #expect(try fixture.store.takeToken(key: "ip", capacity: 3, perSecond: 0.1, now: start.addingTimeInterval(5)) == false)
        #expect(try fixture.store.takeToken(key: "ip", capacity: 3, perSecond: 0.1, now: start.addingTimeInterval(10)))
    }

    @Test func theSigningKeyIsMadeOnceAndKept() throws {
        let fixture = try StateFixture()
        let key = try fixture.store.signingKey()
        #expect(key.count == 32)
        #expect(try SQLStateStore(path: fixture.path).signingKey() == key)
    }

    @Test func otherLocationsThanSQLiteAreRefusedClearly() {
        #expect(throws: StateError(.unsupportedLocation("mysql://db/state"))) {
            try StateLocation.open("mysql://db/state", projectDirectory: ".")
        }
    }
}

/// What only PostgreSQL can show: two servers sharing one state database, and the audit log's
/// append-only triggers there.
@Suite(.enabled(if: PostgresScratchDatabase.isAvailable)) struct SharedPostgresStateTests {
    @Test func twoServersSeeTheSameUsersSessionsAndAuditLog() async throws {
        let fixture = try StateFixture(.postgres)
        let other = try SQLStateStore(postgresURL: try #require(fixture.postgres).url)
        let ann = try await fixture.addUser("ann")
        #expect(try other.user(named: "ann")?.id == ann.id)
        let (token, _) = try fixture.accounts.startSession(userID: ann.id, stage: .signedIn)
        let elsewhere = Accounts(store: other, passwords: PasswordPolicy(cost: 4))
        #expect(try elsewhere.session(token: token)?.userID == ann.id)
        try elsewhere.endAllSessions(of: ann, ip: nil)
        #expect(try fixture.accounts.session(token: token) == nil)
        #expect(try other.signingKey() == fixture.store.signingKey())
        #expect(try other.auditEvents(limit: 10, before: nil).map(\.action) == [.signOutEverywhere, .userAdded])
    }

    @Test func theAuditLogIsAppendOnlyOnPostgreSQLToo() async throws {
        let fixture = try StateFixture(.postgres)
        try await fixture.addUser("ann")
        let url = try #require(fixture.postgres).url
        let update = try Tool.run("psql", ["-q", url, "-c", "UPDATE audit_log SET actor = 'mallory'"])
        let delete = try Tool.run("psql", ["-q", url, "-c", "DELETE FROM audit_log"])
        #expect(update.status != 0 && update.errors.contains("the audit log is append-only"))
        #expect(delete.status != 0 && delete.errors.contains("the audit log is append-only"))
        #expect(try fixture.store.auditEvents(limit: 10, before: nil).map(\.actor) == ["test"])
    }
}
