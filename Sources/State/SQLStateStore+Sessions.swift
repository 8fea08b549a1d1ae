import BICore
import Connectors
import Foundation

extension SQLStateStore {
    public func insertSession(_ session: SessionRecord) throws {
        try write { try $0.run("""
            INSERT INTO sessions (id_hash, user_id, stage, csrf_token, created_at, last_seen_at)
            VALUES (\(.text(session.idHash)), \(.text(session.userID)), \(.text(session.stage.rawValue)),
                    \(.text(session.csrfToken)), \(session.createdAt.storedSeconds), \(session.lastSeenAt.storedSeconds))
            """) }
    }

    public func session(idHash: String) throws -> SessionRecord? {
        let rows = try read { try $0.rows("""
            SELECT user_id, stage, csrf_token, created_at, last_seen_at FROM sessions WHERE id_hash = \(.text(idHash))
            """) }
        guard let row = rows.first, let stage = SessionRecord.Stage(rawValue: row[1].text),
              let created = row[3].date, let seen = row[4].date else { return nil }
        return SessionRecord(idHash: idHash, userID: row[0].text, stage: stage, csrfToken: row[2].text, createdAt: created, lastSeenAt: seen)
    }

    public func touchSession(idHash: String, at date: Date) throws {
        try write { try $0.run("UPDATE sessions SET last_seen_at = \(date.storedSeconds) WHERE id_hash = \(.text(idHash))") }
    }

    public func deleteSession(idHash: String) throws {
        try write { try $0.run("DELETE FROM sessions WHERE id_hash = \(.text(idHash))") }
    }

    @discardableResult
    public func deleteSessions(userID: String) throws -> Int {
        try write { database in
            try database.rows("DELETE FROM sessions WHERE user_id = \(.text(userID)) RETURNING id_hash").count
        }
    }

    public func deleteExpiredSessions(idleBefore: Date, createdBefore: Date) throws {
        try write { try $0.run("""
            DELETE FROM sessions WHERE last_seen_at < \(idleBefore.storedSeconds) OR created_at < \(createdBefore.storedSeconds)
            """) }
    }

    public func insertDevice(_ device: TrustedDevice) throws {
        try write { try $0.run("""
            INSERT INTO trusted_devices (id, user_id, created_at, expires_at, revoked_at)
            VALUES (\(.text(device.id)), \(.text(device.userID)), \(device.createdAt.storedSeconds), \(device.expiresAt.storedSeconds), NULL)
            """) }
    }

    public func device(id: String) throws -> TrustedDevice? {
        let rows = try read { try $0.rows("SELECT user_id, created_at, expires_at, revoked_at FROM trusted_devices WHERE id = \(.text(id))") }
        guard let row = rows.first, let created = row[1].date, let expires = row[2].date else { return nil }
        return TrustedDevice(id: id, userID: row[0].text, createdAt: created, expiresAt: expires, revoked: !row[3].isNull)
    }

    @discardableResult
    public func revokeDevices(userID: String) throws -> Int {
        try write { database in
            try database.rows("""
                UPDATE trusted_devices SET revoked_at = \(Date().storedSeconds) WHERE user_id = \(.text(userID)) AND revoked_at IS NULL
                RETURNING id
                """).count
        }
    }
}
