import BICore
import Connectors
import Foundation

extension SQLStateStore {
    static let userColumns = "id, name, role, groups_list, email, totp_secret IS NOT NULL, failed_attempts, locked_at, created_at"

    public func insertUser(_ user: User, passwordHash: String) throws {
        try write { database in
            guard try database.rows("SELECT 1 FROM users WHERE name = \(.text(user.name))").isEmpty else {
                throw StateError(.userExists(user.name))
            }
            try database.run("""
                INSERT INTO users (id, name, role, groups_list, email, password_hash, totp_secret, totp_last_step,
                                   failed_attempts, locked_at, created_at)
                VALUES (\(.text(user.id)), \(.text(user.name)), \(.text(user.role.rawValue)), \(.text(user.groups.joined(separator: ","))),
                        \(user.email.value), \(.text(passwordHash)), NULL, 0, 0, NULL, \(user.createdAt.storedSeconds))
                """)
        }
    }

    public func user(named name: String) throws -> User? {
        try read { try $0.rows("SELECT \(BoundSQL(SQLStateStore.userColumns)) FROM users WHERE name = \(.text(name))") }
            .first.flatMap(SQLStateStore.user(from:))
    }

    public func user(id: String) throws -> User? {
        try read { try $0.rows("SELECT \(BoundSQL(SQLStateStore.userColumns)) FROM users WHERE id = \(.text(id))") }
            .first.flatMap(SQLStateStore.user(from:))
    }

    public func users() throws -> [User] {
        try read { try $0.rows("SELECT \(BoundSQL(SQLStateStore.userColumns)) FROM users ORDER BY name") }
            .compactMap(SQLStateStore.user(from:))
    }

    public func deleteUser(id: String) throws {
        try write { database in
            for table in ["sessions", "trusted_devices", "email_codes", "recovery_codes", "ask_turns", "ask_favourites"] {
                try database.run("DELETE FROM \(BoundSQL(table)) WHERE user_id = \(.text(id))")
            }
            try database.run("DELETE FROM users WHERE id = \(.text(id))")
        }
    }

    public func passwordHash(userID: String) throws -> String? {
        try read { try $0.rows("SELECT password_hash FROM users WHERE id = \(.text(userID))") }.first?.first?.string
    }

    public func setFailures(userID: String, count: Int, lockedAt: Date?) throws {
        try write { try $0.run("UPDATE users SET failed_attempts = \(.integer(Int64(count))), locked_at = \(lockedAt.value) WHERE id = \(.text(userID))") }
    }

    public func setTOTP(userID: String, secret: String?, recoveryCodeHashes: [String]) throws {
        try write { database in
            try database.run("UPDATE users SET totp_secret = \(secret.value), totp_last_step = 0 WHERE id = \(.text(userID))")
            try database.run("DELETE FROM recovery_codes WHERE user_id = \(.text(userID))")
            for hash in recoveryCodeHashes {
                try database.run("INSERT INTO recovery_codes (user_id, code_hash, used_at) VALUES (\(.text(userID)), \(.text(hash)), NULL)")
            }
        }
    }

    public func totpSecret(userID: String) throws -> String? {
        try read { try $0.rows("SELECT totp_secret FROM users WHERE id = \(.text(userID))") }.first?.first?.string
    }

    public func claimTOTPStep(userID: String, step: Int64) throws -> Bool {
        try write { database in
            try database.rows("""
                UPDATE users SET totp_last_step = \(.integer(step)) WHERE id = \(.text(userID)) AND totp_last_step < \(.integer(step)) RETURNING id
                """).count == 1
        }
    }

    public func consumeRecoveryCode(userID: String, codeHash: String) throws -> Bool {
        try write { database in
            try database.rows("""
                UPDATE recovery_codes SET used_at = \(Date().storedSeconds)
                WHERE user_id = \(.text(userID)) AND code_hash = \(.text(codeHash)) AND used_at IS NULL RETURNING code_hash
                """).count == 1
        }
    }

    public func remainingRecoveryCodes(userID: String) throws -> Int {
        try read { try $0.rows("SELECT COUNT(*) FROM recovery_codes WHERE user_id = \(.text(userID)) AND used_at IS NULL") }
            .first?.first?.int ?? 0
    }

    public func saveEmailCode(_ code: EmailCode) throws {
        try write { database in
            try database.run("DELETE FROM email_codes WHERE user_id = \(.text(code.userID))")
            try database.run("""
                INSERT INTO email_codes (user_id, code_hash, expires_at, failures, locked_until)
                VALUES (\(.text(code.userID)), \(.text(code.codeHash)), \(code.expiresAt.storedSeconds),
                        \(.integer(Int64(code.failures))), \(code.lockedUntil.value))
                """)
        }
    }

    public func emailCode(userID: String) throws -> EmailCode? {
        guard let row = try read({ try $0.rows("SELECT code_hash, expires_at, failures, locked_until FROM email_codes WHERE user_id = \(.text(userID))") }).first,
              let expires = row[1].date else { return nil }
        return EmailCode(userID: userID, codeHash: row[0].text, expiresAt: expires, failures: row[2].int, lockedUntil: row[3].date)
    }

    public func deleteEmailCode(userID: String) throws {
        try write { try $0.run("DELETE FROM email_codes WHERE user_id = \(.text(userID))") }
    }

    static func user(from row: [Value]) -> User? {
        guard row.count == 9, let role = Role(rawValue: row[2].text), let created = row[8].date else { return nil }
        return User(id: row[0].text, name: row[1].text, role: role, groups: row[3].text.split(separator: ",").map(String.init),
                    email: row[4].string, hasTOTP: row[5].number == 1, failedAttempts: row[6].int, lockedAt: row[7].date,
                    createdAt: created)
    }
}
